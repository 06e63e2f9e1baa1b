import type { Captures, ErrorPattern } from '../rules/error-pattern';

import { fix, ref } from './answer-parts';

/**
 * A fifth catalog pass over the Kubernetes family, aimed at texts the language detector used to give to Go, to
 * JavaScript or to nobody: operator and controller logs (Karpenter's JSON lines, cluster-autoscaler's klog event
 * lines, metrics-server's scraper, external-dns, the Prometheus operator's sync errors), Terraform's kubernetes
 * provider without a configured cluster, kubeadm join reading its configuration, Flux and Helm timing out, OpenShift's
 * `oc login`, Pulumi's Kubernetes provider and Rancher's cluster agent. The type is the reason Kubernetes or the tool
 * gives, else the tool's phrase, else the network error underneath (README).
 */

const K8S_DOCS = 'https://kubernetes.io/docs';
const KARPENTER_TROUBLESHOOTING = ref('Karpenter: Troubleshooting', 'https://karpenter.sh/docs/troubleshooting/');
const CA_FAQ = ref('Cluster Autoscaler FAQ', 'https://github.com/kubernetes/autoscaler/blob/master/cluster-autoscaler/FAQ.md');
const METRICS_SERVER = ref('metrics-server: Known issues and configuration', 'https://github.com/kubernetes-sigs/metrics-server#configuration');
const EXTERNAL_DNS_AWS = ref('ExternalDNS: Setting up on AWS (IAM policy)', 'https://kubernetes-sigs.github.io/external-dns/latest/docs/tutorials/aws/');
const TF_K8S_PROVIDER = ref('Terraform: Kubernetes provider configuration', 'https://registry.terraform.io/providers/hashicorp/kubernetes/latest/docs');
const KUBEADM_JOIN = ref('Kubernetes: kubeadm join', `${K8S_DOCS}/reference/setup-tools/kubeadm/kubeadm-join/`);
const HELM_INSTALL = ref('Helm: helm install (--wait, --timeout)', 'https://helm.sh/docs/helm/helm_install/');
const PROM_OPERATOR = ref('Prometheus Operator: Troubleshooting', 'https://prometheus-operator.dev/docs/platform/troubleshooting/');
const API_CONCEPTS = ref('Kubernetes: API concepts', `${K8S_DOCS}/reference/using-api/api-concepts/`);
const OC_LOGIN = ref('OpenShift CLI: Logging in (oc login)', 'https://docs.openshift.com/container-platform/latest/cli_reference/openshift_cli/getting-started-cli.html#cli-logging-in_cli-developer-commands');
const PULUMI_K8S = ref('Pulumi: Kubernetes provider', 'https://www.pulumi.com/registry/packages/kubernetes/');
const RANCHER_AGENT = ref('Rancher: Troubleshooting the cattle-cluster-agent', 'https://ranchermanager.docs.rancher.com/troubleshooting/other-troubleshooting-tips/registered-clusters');

/** A status reason from the end of an API server message, as kubectl would name it. */
const reasonOf = (detail: string): string | undefined => {
  if (/already exists/.test(detail)) return 'AlreadyExists';
  if (/the object has been modified|Operation cannot be fulfilled/.test(detail)) return 'Conflict';
  if (/ is invalid/.test(detail)) return 'Invalid';
  if (/ is forbidden|Forbidden:/.test(detail)) return 'Forbidden';
  if (/ not found/.test(detail)) return 'NotFound';
  return undefined;
};

/** The network error under a wrapped message, by its Go or curl phrase. */
const networkOf = (detail: string): string | undefined => {
  if (/connection refused/i.test(detail)) return 'connection refused';
  if (/no route to host/.test(detail)) return 'no route to host';
  if (/Could not resolve host/.test(detail)) return 'Could not resolve host';
  if (/no such host/.test(detail)) return 'no such host';
  if (/i\/o timeout|timed out/.test(detail)) return 'i/o timeout';
  return undefined;
};

const hostOf = (c: Captures): string => c.host ?? '<server>';

export const KUBERNETES_CATALOG5_PATTERNS: readonly ErrorPattern[] = [
  // ---------------------------------------------------------------- node autoscaling
  {
    id: 'k8s.karpenter-insufficient-capacity',
    language: 'kubernetes',
    // Karpenter's controller log (JSON) when no instance type of the NodeClaim could be launched.
    match: /(?:failed launching nodeclaim[^\n]{0,600}?|creating instance, )insufficient capacity(?<detail>[^\n"]{0,300})/,
    requires: /insufficient capacity/,
    errorType: 'InsufficientCapacityError',
    category: 'runtime',
    priority: 40,
    summary: (c) => {
      const claim = /"NodeClaim":\{"name":"(?<n>[^"\n]{1,253})"/.exec(c.detail ?? '')?.groups?.n;
      return `Karpenter could not launch a node${claim ? ` for the NodeClaim ${claim}` : ''}: the cloud provider had no capacity for any instance type the NodeClaim allows${c.detail ? ` (${c.detail.replace(/^,\s*/, '').slice(0, 200)})` : ''}.`;
    },
    explanation:
      "Karpenter computed a NodeClaim for pending pods and asked the cloud (EC2 CreateFleet, Azure…) for one of the instance types it allows, in the allowed zones and capacity types. Every offering was refused for lack of capacity (spot or on-demand pools empty, a capacity reservation full, a GPU type scarce in the region), so the NodeClaim failed and the pods stay Pending. Karpenter marks those offerings unavailable for a few minutes and retries; the error repeats as long as the NodePool's requirements leave it only scarce offerings.",
    causes: [
      'A NodePool or the pods restricted to a few instance types (node selectors, affinity, GPU types) that are scarce',
      'Only spot capacity allowed, with the spot pools of those types exhausted',
      'A capacity reservation (ODCR) that is full or does not match the requested types and zones',
      'Only one or two availability zones allowed by the subnets or the requirements',
    ],
    fixes: [
      fix(
        'Give Karpenter more offerings to choose from',
        [
          'Widen the NodePool requirements: more instance families, sizes and generations',
          'Allow on-demand as a fallback next to spot (karpenter.sh/capacity-type)',
          'Allow more zones (subnets tagged for discovery in each zone)',
          "Check the pods' node selectors and affinities, which narrow the choice further",
        ],
        'kubectl get nodeclaims\nkubectl describe nodeclaim <nodeclaim>\nkubectl get nodepool -o yaml\n\n# NodePool requirements with room to choose\nrequirements:\n  - key: karpenter.sh/capacity-type\n    operator: In\n    values: ["spot", "on-demand"]\n  - key: karpenter.k8s.aws/instance-category\n    operator: In\n    values: ["c", "m", "r"]\n  - key: karpenter.k8s.aws/instance-generation\n    operator: Gt\n    values: ["4"]',
      ),
    ],
    references: [KARPENTER_TROUBLESHOOTING, ref('Karpenter: NodePools (requirements)', 'https://karpenter.sh/docs/concepts/nodepools/')],
    samples: [
      '{"level":"ERROR","time":"2024-08-04T21:21:43.196Z","logger":"controller","message":"failed launching nodeclaim","controller":"nodeclaim.lifecycle","NodeClaim":{"name":"gpu-g5-4-kpxk7"},"error":"insufficient capacity, all requested instance types were unavailable during launch"}',
    ],
  },
  {
    id: 'k8s.klog-event-line',
    language: 'kubernetes',
    // A component's own log line for an event it records (cluster-autoscaler, controllers): klog's
    // Event(v1.ObjectReference{…}): type: 'Normal' reason: 'NotTriggerScaleUp' message. Only warnings, and the
    // autoscaler's refusal to scale up, which it records as Normal.
    match: /Event\(v1\.ObjectReference\{Kind:"(?<kind>\w{1,60})", Namespace:"(?<ns>[^"\n]{0,253})", Name:"(?<name>[^"\n]{1,253})"[^\n]{0,400}?\}\): type: '(?:Warning|Normal(?=' reason: 'NotTriggerScaleUp'))' reason: '(?<reason>\w{1,80})' (?<msg>[^\n]{0,400})/,
    requires: /Event\(v1\.ObjectReference\{/,
    errorType: (c) => c.reason,
    category: 'runtime',
    priority: 35,
    summary: (c) => `The ${c.kind} ${c.ns ? `${c.ns}/` : ''}${c.name} has the event ${c.reason}: ${c.msg.slice(0, 220)}`,
    explanation: (c) =>
      c.reason === 'NotTriggerScaleUp'
        ? `The cluster autoscaler looked at the pending pod ${c.name} and found no node group where a new node would let it schedule, so it added none. The text after "scale-up" lists, per reason, how many node groups were ruled out: "max node group size reached" or "max limit reached" (the group is at its maximum), "didn't match node selector" / "didn't match Pod's node affinity" (the group's node template lacks the labels the pod asks for), "Insufficient cpu" / "Insufficient memory" (even an empty new node is too small), untolerated taints, or volume zone conflicts.`
        : `This is the component's own log line for the ${c.reason} event it recorded on the ${c.kind}; the message after the reason says what went wrong, and kubectl describe ${c.kind.toLowerCase()} shows the same row.`,
    causes: (c) =>
      c.reason === 'NotTriggerScaleUp'
        ? [
            'The node groups are at their maximum size (or the cluster-wide node limit is reached)',
            "The node groups' templates lack labels or tolerations the pod needs (on AWS, the ASG tags k8s.io/cluster-autoscaler/node-template/label/…)",
            'The pod asks for more cpu, memory or GPUs than one new node of any group would have',
          ]
        : ['See the message of the event: it names the failing operation'],
    fixes: (c) => [
      c.reason === 'NotTriggerScaleUp'
        ? fix(
            `Find why no node group fits ${c.name}`,
            [
              'Read the reasons after "scale-up" and the count of node groups each one ruled out',
              'For a max size, raise the node group maximum (ASG max, node pool max)',
              'For a selector or affinity, label the node group template (on AWS tag the ASG with k8s.io/cluster-autoscaler/node-template/label/<label>)',
              "For resources, compare the pod's requests to the instance type's allocatable",
            ],
            `kubectl describe pod ${c.name}${c.ns ? ` -n ${c.ns}` : ''} | sed -n "/Events:/,$p"\nkubectl -n kube-system get configmap cluster-autoscaler-status -o yaml\nkubectl -n kube-system logs deploy/cluster-autoscaler | grep -i -E 'scale_up|${c.name}'`,
          )
        : fix(
            `Look at the ${c.kind} ${c.name}`,
            ['Read its events and status', 'Fix what the message names, then let the controller retry'],
            `kubectl describe ${c.kind.toLowerCase()} ${c.name}${c.ns ? ` -n ${c.ns}` : ''}\nkubectl get events${c.ns ? ` -n ${c.ns}` : ' -A'} --field-selector involvedObject.name=${c.name}`,
          ),
    ],
    references: [CA_FAQ, ref('Kubernetes: Node autoscaling', `${K8S_DOCS}/concepts/cluster-administration/node-autoscaling/`)],
    samples: [
      `I0702 12:46:14.945401       1 event.go:209] Event(v1.ObjectReference{Kind:"Pod", Namespace:"default", Name:"hello-world-699d84fcc5-7c4pr", UID:"5c8782a9-0d02-4863-abc1-575ff64de782", APIVersion:"v1", ResourceVersion:"99786677", FieldPath:""}): type: 'Normal' reason: 'NotTriggerScaleUp' pod didn't trigger scale-up (it wouldn't fit if a new node is added): 1 max limit reached`,
    ],
  },
  // ---------------------------------------------------------------- metrics-server
  {
    id: 'k8s.metrics-server-scrape',
    language: 'kubernetes',
    // metrics-server's scraper (0.4+: "Failed to scrape node" err=…; older: unable to fully scrape metrics from …).
    match: /(?:"Failed to scrape node" err="|unable to fully (?:scrape|collect) metrics)[^\n]{0,600}?(?:x509: (?<x509>cannot validate certificate for (?<host>[^\s"\\]{1,100}) because it doesn't contain any IP SANs|certificate signed by unknown authority|certificate is valid for [^\n"\\]{1,200})|dial tcp (?<addr>[^\s"\\]{1,100}): (?<net>[^\n"\\]{1,100}))/,
    requires: /Failed to scrape node|unable to fully (?:scrape|collect) metrics/,
    errorType: (c) =>
      c.x509
        ? c.x509.startsWith('cannot validate')
          ? "doesn't contain any IP SANs"
          : c.x509.startsWith('certificate is valid for')
            ? 'certificate is valid for'
            : 'certificate signed by unknown authority'
        : (networkOf(c.net ?? '') ?? c.net ?? 'connection refused'),
    category: 'network',
    priority: 40,
    summary: (c) =>
      c.x509
        ? `metrics-server cannot scrape the kubelet${c.host ? ` at ${c.host}` : 's'}: x509: ${c.x509}.`
        : `metrics-server cannot reach the kubelet at ${c.addr}: ${c.net}.`,
    explanation: (c) =>
      c.x509
        ? "metrics-server reads each node's kubelet (port 10250, /metrics/resource) over TLS and checks the kubelet's serving certificate. Most kubeadm, kind, k3s and managed clusters give kubelets a self-signed serving certificate that no cluster CA signed and that names only the host name, not the IP address metrics-server dials, so the check fails for every node, metrics-server has no metrics to serve, its readiness probe fails, and `kubectl top` answers ServiceUnavailable."
        : 'metrics-server could not open a connection to the kubelet port of the node: the kubelet does not listen on that address, or a firewall or security group blocks port 10250 between the metrics-server pod and the nodes.',
    causes: (c) =>
      c.x509
        ? ['Kubelet serving certificates that are self-signed (serverTLSBootstrap not enabled)', 'A certificate without the node IP in its SANs while metrics-server dials InternalIP']
        : ['Port 10250 blocked between pods and nodes (security group, firewall)', 'A kubelet listening on another address than the one metrics-server prefers'],
    fixes: (c) =>
      c.x509
        ? [
            fix(
              'Give kubelets certificates signed by the cluster CA (the proper fix)',
              ['Set serverTLSBootstrap: true in the kubelet configuration of every node and restart the kubelet', 'Approve the kubelet-serving CSRs that appear (or run a CSR approver)'],
              `${c.host ? `# what the kubelet at ${c.host} presents\nopenssl s_client -connect ${c.host}:10250 </dev/null 2>/dev/null | openssl x509 -noout -subject -ext subjectAltName\n\n` : ''}# /var/lib/kubelet/config.yaml (or the kubelet-config ConfigMap with kubeadm)\nserverTLSBootstrap: true\n\nsudo systemctl restart kubelet\nkubectl get csr | grep kubelet-serving\nkubectl certificate approve <csr-name>`,
            ),
            fix(
              'Or, for a test cluster, let metrics-server skip the check',
              ['Add --kubelet-insecure-tls to the metrics-server container args (Helm: args: ["--kubelet-insecure-tls"])'],
              'kubectl -n kube-system patch deployment metrics-server --type=json \\\n  -p=\'[{"op":"add","path":"/spec/template/spec/containers/0/args/-","value":"--kubelet-insecure-tls"}]\'\nkubectl top nodes',
            ),
          ]
        : [
            fix(
              `Open port 10250 from the metrics-server pods to ${c.addr}`,
              ['Allow TCP 10250 from the pod network (or the control plane, with hostNetwork) to the nodes', 'Or set --kubelet-preferred-address-types to an address the pods can reach'],
              `kubectl -n kube-system logs deploy/metrics-server | tail -20\nkubectl get nodes -o wide`,
            ),
          ],
    references: [METRICS_SERVER, ref('Kubernetes: Kubelet serving certificate (TLS bootstrapping)', `${K8S_DOCS}/reference/access-authn-authz/kubelet-tls-bootstrapping/#certificate-rotation`)],
    samples: [
      'E0511 21:57:06.607078       1 scraper.go:140] "Failed to scrape node" err="Get \\"https://192.168.203.181:10250/metrics/resource\\": x509: cannot validate certificate for 192.168.203.181 because it doesn\'t contain any IP SANs" node="lke60627-94194-627bc558aaae"',
    ],
  },
  {
    id: 'k8s.metrics-server-no-metrics',
    language: 'kubernetes',
    match: /"Failed probe" probe="metric-storage-ready" err="no metrics to serve"/,
    requires: /no metrics to serve/,
    errorType: 'no metrics to serve',
    category: 'runtime',
    priority: 30,
    summary: 'metrics-server is not ready: it has not scraped any node yet, so it has no metrics to serve.',
    explanation:
      'metrics-server reports ready only once it has scraped the kubelets at least once. This line repeats while every scrape fails; the reason is in the "Failed to scrape node" lines around it (most often an x509 error on the kubelet certificate, or port 10250 blocked). Until then the metrics.k8s.io API is unavailable and kubectl top answers ServiceUnavailable.',
    causes: ["Kubelet serving certificates metrics-server does not trust (see the scrape errors)", 'Port 10250 blocked between metrics-server and the nodes'],
    fixes: [
      fix(
        'Read the scrape errors and fix their cause',
        ['Look for "Failed to scrape node" in the same log', 'For x509 errors, enable serverTLSBootstrap on the kubelets or add --kubelet-insecure-tls on a test cluster'],
        'kubectl -n kube-system logs deploy/metrics-server | grep -i scrape\nkubectl get apiservice v1beta1.metrics.k8s.io',
      ),
    ],
    references: [METRICS_SERVER],
    samples: ['I0511 21:56:53.747234       1 server.go:187] "Failed probe" probe="metric-storage-ready" err="no metrics to serve"'],
  },
  // ---------------------------------------------------------------- add-ons with cloud credentials
  {
    id: 'k8s.external-dns-access-denied',
    language: 'kubernetes',
    match: /level=error msg="(?:records retrieval failed: failed to list hosted zones: )?AccessDenied: User:\s{1,10}(?<arn>\S{1,300})\s{1,10}is\s{1,10}not\s{1,10}authorized\s{1,10}to\s{1,10}perform:\s{1,10}route53:(?<action>\w{1,60})/,
    requires: /route53:/,
    errorType: 'AccessDenied',
    category: 'permission',
    priority: 40,
    summary: (c) => `external-dns is refused by Route 53: the identity ${c.arn} may not call route53:${c.action}.`,
    explanation: (c) =>
      `external-dns calls Route 53 with the AWS identity its pod gets. ${/assumed-role\/[^/]*(?:node|worker)/i.test(c.arn) || /\/i-[0-9a-f]+$/.test(c.arn) ? "That identity is the node's instance role, so the pod did not get the role meant for it (IRSA or Pod Identity not in effect: no eks.amazonaws.com/role-arn annotation on its service account, a pod started before it was added, or kube2iam/kiam not intercepting), and the node role lacks Route 53 permissions." : 'The role it uses has no policy allowing that action.'} external-dns needs route53:ListHostedZones and route53:ListResourceRecordSets on the zones it reads, and route53:ChangeResourceRecordSets on the zones it writes.`,
    causes: ["The pod runs with the node's role instead of its own (IRSA annotation missing, or pods not restarted after adding it)", 'A policy without route53:ListHostedZones or route53:ListResourceRecordSets', 'A trust policy that does not let the service account assume the role'],
    fixes: (c) => [
      fix(
        `Allow route53:${c.action} to the role external-dns uses`,
        [
          'Attach the policy from the external-dns AWS tutorial to its own IAM role',
          'Annotate its service account with eks.amazonaws.com/role-arn (IRSA) or create a Pod Identity association',
          'Restart the external-dns pods so they pick up the role',
        ],
        `{\n  "Version": "2012-10-17",\n  "Statement": [\n    { "Effect": "Allow", "Action": ["route53:ChangeResourceRecordSets"], "Resource": ["arn:aws:route53:::hostedzone/*"] },\n    { "Effect": "Allow", "Action": ["route53:ListHostedZones", "route53:ListResourceRecordSets", "route53:ListTagsForResource"], "Resource": ["*"] }\n  ]\n}\n\nkubectl -n <namespace> get serviceaccount external-dns -o yaml | grep role-arn\nkubectl -n <namespace> rollout restart deployment external-dns`,
      ),
    ],
    references: [EXTERNAL_DNS_AWS],
    samples: [
      'time="2024-01-28T09:41:17Z" level=error msg="records retrieval failed: failed to list hosted zones: AccessDenied: User: arn:aws:sts::111122223333:assumed-role/eks-ExternalDNS/1385464348772260040 is not authorized to perform: route53:ListHostedZones because no identity-based policy allows the route53:ListHostedZones action"',
    ],
  },
  // ---------------------------------------------------------------- infrastructure as code
  {
    id: 'k8s.terraform-provider-localhost',
    language: 'kubernetes',
    // Terraform's kubernetes (or helm) provider with no cluster configured: client-go falls back to http://localhost.
    match: /Error: (?:Get|Post|Put|Patch|Delete) "(?<url>http:\/\/localhost\/apis?\/[^"\n]{0,300})": dial tcp (?<addr>[^\s]{1,60}): connect: connection refused/,
    requires: /"http:\/\/localhost\/api/,
    errorType: 'connection refused',
    category: 'network',
    priority: 40,
    summary: (c) => `Terraform's Kubernetes provider called ${c.url} and nothing listens on ${c.addr}: the provider has no cluster configured.`,
    explanation:
      "The Kubernetes (or Helm) provider had no host, credentials or kubeconfig when it ran, so client-go fell back to its default, http://localhost (port 80), where no API server listens. It happens when the provider block is empty or uses config_path that does not exist where Terraform runs (CI), when its host/token come from a cluster resource created in the same apply (unknown at plan time, or the cluster being replaced), or with old provider versions that read ~/.kube/config (load_config_file).",
    causes: [
      'A provider "kubernetes" block without host/cluster_ca_certificate/token or config_path',
      "Provider arguments taken from a cluster resource that is created or replaced in the same run",
      'A kubeconfig that exists on a laptop but not on the CI runner',
    ],
    fixes: (c) => [
      fix(
        `Configure the provider explicitly (it called ${c.url})`,
        [
          "Give it the cluster's endpoint, CA and a token (or an exec plugin), from a data source of the existing cluster",
          'Or set config_path (and config_context) to a kubeconfig that exists where Terraform runs',
          'Create the cluster and the Kubernetes resources in separate applies (or workspaces) so the provider is configured from known values',
        ],
        'provider "kubernetes" {\n  host                   = data.aws_eks_cluster.this.endpoint\n  cluster_ca_certificate = base64decode(data.aws_eks_cluster.this.certificate_authority[0].data)\n  exec {\n    api_version = "client.authentication.k8s.io/v1beta1"\n    command     = "aws"\n    args        = ["eks", "get-token", "--cluster-name", data.aws_eks_cluster.this.name]\n  }\n}\n\n# or\nprovider "kubernetes" {\n  config_path    = "~/.kube/config"\n  config_context = "my-context"\n}',
      ),
    ],
    references: [TF_K8S_PROVIDER],
    samples: ['Error: Post "http://localhost/api/v1/namespaces": dial tcp [::1]:80: connect: connection refused'],
  },
  {
    id: 'k8s.pulumi-already-exists',
    language: 'kubernetes',
    match: /(?:was not successfully created by the Kubernetes API server : |Plan apply failed: )(?<obj>[\w.-]{1,100}) "(?<name>[^"\n]{1,253})" already exists/,
    requires: /already exists/,
    errorType: 'AlreadyExists',
    category: 'configuration',
    priority: 38,
    summary: (c) => `Pulumi could not create ${c.obj} "${c.name}": an object of that name already exists in the cluster.`,
    explanation:
      "Pulumi's Kubernetes provider creates the objects of the stack; the API server refused this one because an object of the same kind and name already exists in the namespace, created outside this stack (by kubectl, Helm or another stack) or left over by an earlier run whose state was lost. Pulumi does not adopt existing objects by itself.",
    causes: ['The object was created by hand, by Helm or by another stack', 'A failed or cancelled update left it behind without recording it in the state', 'A fixed metadata.name where Pulumi would otherwise auto-name'],
    fixes: (c) => [
      fix(
        `Adopt, rename or delete ${c.obj} "${c.name}"`,
        [
          'Import the existing object into the stack (pulumi import), or set the import resource option once',
          'Or delete the leftover object if nothing else owns it, then run pulumi up again',
          'Or drop the fixed metadata.name so Pulumi auto-names it',
        ],
        `kubectl get ${c.obj.split('.')[0]} ${c.name} -o yaml | head -30\npulumi refresh\n# adopt it, e.g.\npulumi import kubernetes:core/v1:ServiceAccount ${c.name} <namespace>/${c.name}`,
      ),
    ],
    references: [PULUMI_K8S, ref('Pulumi: Importing resources', 'https://www.pulumi.com/docs/iac/adopting-pulumi/import/')],
    samples: ['kubernetes:core:ServiceAccount alb-ingress creating error: resource default/alb-ingress was not successfully created by the Kubernetes API server : serviceaccounts "alb-ingress" already exists'],
  },
  // ---------------------------------------------------------------- cluster set-up
  {
    id: 'k8s.kubeadm-join-config-unreachable',
    language: 'kubernetes',
    // kubeadm join (1.2x) printing the failing request on its own line before "failed to get config map".
    match: /configmaps\/kubeadm-config(?:\?timeout=\w{1,10})?"?: dial tcp (?<addr>[^\s]{1,80}): connect: (?<net>connection refused|no route to host|connection timed out)/,
    requires: /kubeadm-config/,
    errorType: (c) => c.net,
    category: 'network',
    // Above k8s.kubeadm-preflight (40), whose "error execution phase preflight" wraps it.
    priority: 41,
    summary: (c) => `kubeadm join could not read the cluster's configuration: the API server at ${c.addr} answered ${c.net}.`,
    explanation: (c) =>
      `After discovery, kubeadm join reads the kubeadm-config ConfigMap from the API server it was told to join (or the controlPlaneEndpoint that configuration names). The connection to ${c.addr} failed with ${c.net}: ${c.net === 'connection refused' ? 'the host answers but nothing listens on that port (the API server is down, or a load balancer in front of it has no healthy backend)' : 'the host cannot be reached from this node (a firewall, a wrong address or route)'}. A frequent case: the ConfigMap names a controlPlaneEndpoint (a VIP or load balancer) that this node cannot reach even though the address given to kubeadm join works.`,
    causes: ['The API server on the control plane is not running', 'A controlPlaneEndpoint (VIP, load balancer) that is down or unreachable from the joining node', 'A firewall blocking port 6443'],
    fixes: (c) => [
      fix(
        `Make ${c.addr} reachable from the joining node`,
        ['Check the API server on the control plane', 'Compare the controlPlaneEndpoint in kubeadm-config with the address given to kubeadm join', 'Test the port from the joining node, then run kubeadm reset and join again'],
        `nc -vz ${c.addr.replace(/:(\d+)$/, ' $1')}\ncurl -k https://${c.addr}/healthz\nkubectl -n kube-system get cm kubeadm-config -o yaml | grep -i controlPlaneEndpoint\nsudo kubeadm reset -f && sudo kubeadm join ...`,
      ),
    ],
    references: [KUBEADM_JOIN],
    samples: ['Get "https://10.10.2.192:6443/api/v1/namespaces/kube-system/configmaps/kubeadm-config?timeout=10s": dial tcp 10.10.2.192:6443: connect: connection refused\nfailed to get config map'],
  },
  // ---------------------------------------------------------------- Helm and Flux timing out
  {
    id: 'k8s.helm-context-deadline',
    language: 'kubernetes',
    match: /Helm (?<op>install|upgrade|rollback|uninstall|test) failed(?: for release [\w.-]{1,253}\/[\w.-]{1,253} with chart [^\s:]{1,300})?: context deadline exceeded|Release "(?<release>[^"\n]{1,253})" does not exist\. Installing it now\.(?:\n[^\n]{0,300}){0,6}?\nError: (?:INSTALLATION FAILED: )?context deadline exceeded|✗ client rate limiter Wait returned an error: context deadline exceeded/,
    requires: /context deadline exceeded/,
    errorType: 'context deadline exceeded',
    category: 'runtime',
    priority: 40,
    summary: (c) =>
      c.release
        ? `helm upgrade --install of ${c.release} timed out: the release's resources did not become ready within --timeout.`
        : c.op
          ? `Flux's Helm ${c.op} timed out: the release's resources did not become ready in time.`
          : 'The Flux CLI stopped waiting for the reconciliation: context deadline exceeded.',
    explanation:
      "With --wait (or --atomic, and always under Flux's helm-controller), Helm waits until the release's Deployments, StatefulSets, Jobs and Services are ready, up to the timeout (5 minutes by default). \"context deadline exceeded\" means the wait ran out: some pod never became ready. The message does not say why; the pods' events do (ImagePullBackOff, CrashLoopBackOff, Pending for lack of resources or an unbound claim, a failing readiness probe). The Flux CLI prints the same error when it gives up waiting for a reconciliation it triggered.",
    causes: ['An image that cannot be pulled or a container that crashes', 'Pods Pending: no node with enough resources, or a claim that does not bind', 'A readiness probe that never succeeds', 'A timeout too short for a large chart'],
    fixes: (c) => [
      fix(
        'Find the resource that never became ready',
        [
          'List the pods of the release and read the events of the ones not Ready',
          'Fix the cause (image, resources, probe, claim), then upgrade again',
          'Raise the timeout only if the pods do become ready, just slowly',
        ],
        `kubectl get pods -A | grep -v -E 'Running|Completed'\nkubectl describe pod <pod> -n <namespace> | sed -n "/Events:/,$p"\n${c.release ? `helm status ${c.release}\nhelm upgrade --install ${c.release} <chart> --wait --timeout 10m` : 'flux get helmreleases -A\nflux logs --kind=HelmRelease --level=error'}`,
      ),
    ],
    references: [HELM_INSTALL, ref('Flux: HelmRelease (timeout)', 'https://fluxcd.io/flux/components/helm/helmreleases/#timeout')],
    samples: ['tf-controller                   False           False   Helm install failed: context deadline exceeded'],
  },
  // ---------------------------------------------------------------- operators
  {
    id: 'k8s.prometheus-operator-sync',
    language: 'kubernetes',
    // The Prometheus operator's reconcile error, in klog or JSON form ("sync \"ns/name\" failed: …").
    match: /[Ss]ync \\?"(?<key>[^"\\\n]{1,253})\\?" failed: (?<detail>[^\n]{1,600})/,
    requires: /ync \\?"/,
    errorType: (c) => reasonOf(c.detail) ?? 'sync failed',
    category: 'configuration',
    priority: 30,
    summary: (c) => `The Prometheus operator could not reconcile ${c.key}: ${c.detail.replace(/"\}\s*$/, '').slice(0, 240)}`,
    explanation: (c) => {
      const reason = reasonOf(c.detail);
      const what =
        reason === 'AlreadyExists'
          ? 'it tried to create an object (usually the StatefulSet prometheus-<name> or alertmanager-<name>) that already exists but that it does not recognise as its own: left over from another install or an operator upgrade that changed labels or owner references.'
          : reason === 'NotFound'
            ? 'an object it expected (the StatefulSet it was replacing, a Secret or ConfigMap the resource names) does not exist; this is often transient while it deletes and re-creates a StatefulSet.'
            : reason === 'Conflict'
              ? 'another writer changed the object between its read and its write; the operator retries by itself.'
              : 'the API server refused the change: the message says which object and field.';
      return `The operator turns each Prometheus, Alertmanager and ThanosRuler resource into a StatefulSet, Services and Secrets. Reconciling ${c.key} failed because ${what}`;
    },
    causes: ['A StatefulSet or Service left over from another install of the operator or chart', 'An operator upgrade that changed the selector or labels of the objects it manages', 'Two operators watching the same namespaces'],
    fixes: (c) => [
      fix(
        `Let the operator own the objects of ${c.key} again`,
        [
          'Look at the object the message names and at its ownerReferences',
          'If it was left over, delete it (the StatefulSet can be deleted with --cascade=orphan to keep the pods and volumes) and let the operator re-create it',
          'Make sure only one operator watches the namespace',
        ],
        `kubectl -n ${c.key.split('/')[0]} get statefulsets,svc -o wide\nkubectl -n ${c.key.split('/')[0]} get statefulset <name> -o jsonpath='{.metadata.ownerReferences}'\nkubectl -n ${c.key.split('/')[0]} delete statefulset <name> --cascade=orphan\nkubectl get deploy -A | grep -i prometheus-operator`,
      ),
    ],
    references: [PROM_OPERATOR, API_CONCEPTS],
    samples: [
      'E0408 06:59:52.048116       1 operator.go:322] Sync "monitoring/monitoring-prometheus-oper-alertmanager" failed: failed to delete StatefulSet to avoid forbidden action: statefulsets.apps "alertmanager-monitoring-prometheus-oper-alertmanager" not found',
    ],
  },
  // ---------------------------------------------------------------- OpenShift oc, Rancher
  {
    id: 'k8s.oc-login-error',
    language: 'kubernetes',
    match: /error: (?<detail>[^\n]{1,200}?) - verify you have provided the correct host and port and that the server is currently running|\boc login\b[^\n]{0,200}\n\s{0,10}error: (?<x509>x509: certificate signed by unknown authority)/,
    requires: /verify you have provided the correct host and port|oc login/,
    errorType: (c) => {
      const d = c.detail ?? c.x509 ?? '';
      if (/unknown authority/.test(d)) return 'certificate signed by unknown authority';
      return networkOf(d) ?? d.replace(/^x509: /, '').slice(0, 80);
    },
    category: 'network',
    priority: 40,
    summary: (c) => `oc login could not talk to the OpenShift API server: ${c.detail ?? c.x509}.`,
    explanation: (c) =>
      /unknown authority/.test(c.detail ?? c.x509 ?? '')
        ? "oc checks the API server's certificate against the CAs it knows (the kubeconfig's certificate-authority-data and the system trust store). The cluster's API certificate is signed by a CA that is in neither: the default self-signed ingress/API CA of a new cluster, or a corporate proxy that re-signs TLS."
        : 'oc login first asks the server for its OAuth metadata; the answer was not what an OpenShift API server returns. The URL is probably not the API endpoint (the web console URL, a web page, a wrong port), or nothing listens there.',
    causes: ["The cluster's CA is not trusted on this machine", 'The web console URL given instead of the API URL (https://api.<cluster>.<domain>:6443)', 'A proxy intercepting TLS'],
    fixes: [
      fix(
        'Point oc at the API URL and trust its CA',
        [
          'Use the API endpoint (oc whoami --show-server on a machine where it works), not the console URL',
          'Pass the CA with --certificate-authority, or add it to the system trust store',
          'Only on a throwaway cluster: --insecure-skip-tls-verify=true',
        ],
        'oc login https://api.<cluster>.<domain>:6443 --certificate-authority=ca.crt -u <user>\n# extract the CA from a working kubeconfig\noc config view --raw -o jsonpath=\'{.clusters[0].cluster.certificate-authority-data}\' | base64 -d > ca.crt',
      ),
    ],
    references: [OC_LOGIN],
    samples: ['error: x509: certificate signed by unknown authority - verify you have provided the correct host and port and that the server is currently running.'],
  },
  {
    id: 'k8s.rancher-agent-ping',
    language: 'kubernetes',
    match: /ERROR: (?<url>https?:\/\/(?<host>[^\s/]{1,253})[^\s]{0,100}\/ping) is not accessible \((?<detail>[^\n)]{1,200})\)/,
    requires: /\/ping is not accessible/,
    errorType: (c) => networkOf(c.detail) ?? (/returned error: (\d{3})/.exec(c.detail)?.[1] ? `The requested URL returned error: ${/returned error: (\d{3})/.exec(c.detail)?.[1]}` : 'is not accessible'),
    category: 'network',
    priority: 40,
    summary: (c) => `Rancher's cluster agent cannot reach the Rancher server at ${c.url}: ${c.detail}.`,
    explanation: (c) =>
      `The cattle-cluster-agent (and cattle-node-agent) connect the downstream cluster to Rancher: on start they check ${c.url} with curl, from inside the pod, and exit if it fails, so the pod ends in CrashLoopBackOff. ${/resolve host/.test(c.detail) ? `The pod cannot resolve ${hostOf(c)}: the name exists only in someone's /etc/hosts or in a DNS the cluster's CoreDNS does not forward to.` : /localhost|127\.0\.0\.1/.test(c.detail + c.url) ? "Rancher's server-url is localhost, which inside the agent pod is the pod itself: it must be an address every node and pod can reach." : /403/.test(c.detail) ? 'The address answered, but it is not the Rancher server (403 from a Kubernetes API server on 6443, or a proxy).' : 'The connection failed: a firewall, a load balancer or Rancher itself is down.'}`,
    causes: ["Rancher's server-url set to localhost or to a name only some machines resolve", "CoreDNS without a forwarder that knows the Rancher host name", 'A firewall or proxy between the cluster and Rancher'],
    fixes: (c) => [
      fix(
        `Make ${hostOf(c)} reachable from the cluster's pods`,
        [
          "Set Rancher's server-url (Global Settings) to a DNS name every node and pod resolves",
          'Or add the host to CoreDNS (a hosts block) or give the agent hostAliases',
          'Test from a pod in the cluster, then re-import or restart the agent',
        ],
        `kubectl -n cattle-system logs deploy/cattle-cluster-agent | tail\nkubectl run -it --rm nettest --image=curlimages/curl --restart=Never -- curl -vk ${c.url}\nkubectl -n kube-system edit configmap coredns   # hosts { <ip> ${hostOf(c)}\\n fallthrough }`,
      ),
    ],
    references: [RANCHER_AGENT],
    samples: ['ERROR: https://rancher.example.com/ping is not accessible (Could not resolve host: rancher.example.com)'],
  },
];

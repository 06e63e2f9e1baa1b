import type { Captures, ErrorPattern } from '../rules/error-pattern';

import { fix, ref } from './answer-parts';

/**
 * A sixth catalog pass over the Kubernetes family, from the service meshes and the tools around a cluster: Istio's
 * `istioctl analyze` messages (by their IST code), Envoy's access log lines (by their response flag), Linkerd's
 * `linkerd check` (by the check that failed), a kubeconfig whose cluster has no server (kubectl, oc and Terraform's
 * providers), `oc login` without a server URL, a namespace held by finalizers, Helm's rollback with no revision to go
 * back to or a stray revision record, Helm 2's object outside the release, kustomize v3's patch ids and its builtin
 * plugins' configuration, a FailedMount row for a missing claim, istioctl install's waits, the AWS CLI refusing the token
 * an EKS kubeconfig asks it for, and kind's kubeadm init failing under other tools (Terraform's kind provider, bmctl). The type is the code or reason the tool gives, else its phrase
 * (README).
 */

const K8S_DOCS = 'https://kubernetes.io/docs';
const ISTIO_ANALYSIS = ref('Istio: Configuration analysis messages', 'https://istio.io/latest/docs/reference/config/analysis/');
const ENVOY_FLAGS = ref(
  'Envoy: Access log response flags',
  'https://www.envoyproxy.io/docs/envoy/latest/configuration/observability/access_log/usage#config-access-log-format-response-flags',
);
const LINKERD_CHECKS = ref('Linkerd: Troubleshooting (linkerd check)', 'https://linkerd.io/2/tasks/troubleshooting/');
const KUBECONFIG = ref('Kubernetes: Organizing cluster access using kubeconfig files', `${K8S_DOCS}/concepts/configuration/organize-cluster-access-kubeconfig/`);
const FINALIZERS = ref('Kubernetes: Finalizers', `${K8S_DOCS}/concepts/overview/working-with-objects/finalizers/`);
const HELM_ROLLBACK = ref('Helm: helm rollback', 'https://helm.sh/docs/helm/helm_rollback/');
const EKS_AUTH = ref('Amazon EKS: Connect kubectl to an EKS cluster (aws eks get-token)', 'https://docs.aws.amazon.com/eks/latest/userguide/create-kubeconfig.html');
const KIND_KNOWN_ISSUES = ref('kind: Known issues', 'https://kind.sigs.k8s.io/docs/user/known-issues/');

/** What the istioctl analyze codes mean, for the ones people meet most. */
const IST_CODES: Readonly<Record<string, string>> = {
  IST0101: 'ReferencedResourceNotFound: the resource names another (a host, gateway, subset, secret or selector) that does not exist',
  IST0102: 'NamespaceNotInjected: the namespace is not labelled for sidecar injection',
  IST0103: 'PodMissingProxy: a pod runs without its sidecar',
  IST0104: 'GatewayPortNotOnWorkload: the Gateway listens on a port its workload does not expose',
  IST0106: 'SchemaValidationError: a field of the resource does not pass the schema (a typo, a value out of range)',
  IST0107: 'MisplacedAnnotation: an Istio annotation is on the wrong kind of object',
  IST0108: 'UnknownAnnotation: an annotation in the istio.io namespace that Istio does not know',
  IST0118: 'PortNameIsNotUnderNamingConvention: a Service port name without its protocol prefix (http-, grpc-…)',
  IST0132: 'VirtualServiceHostNotFoundInGateway: the VirtualService names a host its Gateway does not serve',
  IST0173: 'DestinationRuleSubsetNotSelectPods: a subset whose labels select no pod, which gives 503 UH',
};

/** Envoy's response flags (the %RESPONSE_FLAGS% of an access log line) and what each says happened. */
const ENVOY_FLAG_MEANINGS: Readonly<Record<string, string>> = {
  UC: 'upstream connection termination: the upstream closed the connection (often an idle keep-alive it had already closed, or the app crashing mid-request)',
  UF: 'upstream connection failure: Envoy could not connect to the upstream (nothing listening, a pod gone, a TLS or mTLS mismatch)',
  UH: 'no healthy upstream: the cluster has no healthy endpoint (no ready pod, or a subset that selects none)',
  UO: 'upstream overflow: a circuit breaker (connection pool or pending requests limit) tripped',
  URX: 'upstream retry limit exceeded',
  UT: 'upstream request timeout',
  UR: 'upstream remote reset',
  NR: 'no route configured for the request (no VirtualService or route matches the host and path)',
  NC: 'no cluster: the route names a cluster Envoy does not have',
  DC: 'downstream connection termination: the client went away',
  LR: 'local reset by Envoy',
  DT: 'the request exceeded its max duration',
  RL: 'rate limited locally',
  UAEX: 'refused by the external authorization service',
};

const firstFlag = (c: Captures): string => (c.flags ?? c.jflags ?? '').split(',')[0];

export const KUBERNETES_CATALOG6_PATTERNS: readonly ErrorPattern[] = [
  // ---------------------------------------------------------------- Istio and Envoy
  {
    id: 'k8s.istioctl-analyze',
    language: 'kubernetes',
    // istioctl analyze: "Error [IST0101] (VirtualService ns/name) Referenced host not found: "x"". The first Error
    // line names the report, even after Warning or Info lines; else the first message.
    match:
      /(?:Warning|Info) \[IST\d{4}\][^\n]{0,400}\n(?:[ \t]{0,8}(?:Warning|Info) \[IST\d{4}\][^\n]{0,400}\n){0,20}[ \t]{0,8}Error \[(?<code>IST\d{4})\] \((?<kind>\w{1,60}) (?<resource>[^)\n]{1,253})\) (?<message>[^\n]{1,300})|(?:Error|Warning|Info) \[(?<code2>IST\d{4})\] \((?<kind2>\w{1,60}) (?<resource2>[^)\n]{1,253})\) (?<message2>[^\n]{1,300})/,
    requires: /\[IST\d{4}\] \(/,
    errorType: (c) => c.code ?? c.code2,
    category: 'configuration',
    priority: 40,
    summary: (c) => `istioctl analyze found ${c.code ?? c.code2} on the ${c.kind ?? c.kind2} ${c.resource ?? c.resource2}: ${c.message ?? c.message2}`,
    explanation: (c) => {
      const code = c.code ?? c.code2;
      const meaning = IST_CODES[code];
      return `istioctl analyze checks the Istio resources of the cluster (or of the files given) against each other and against the workloads, and prints one message per finding with its severity and code. ${meaning ? `${code} is ${meaning}.` : `Each code has its page in the analysis reference.`} An Error usually means traffic does not go where the resource says (404, 503 NR or UH), and the command exits non-zero, which fails a CI step.`;
    },
    causes: [
      'A VirtualService or Gateway naming a host, gateway, subset or secret that does not exist (a typo, another namespace, a resource not applied yet)',
      'A field the schema refuses (a misspelt key, a weight out of range)',
      'A namespace without the istio-injection label, or pods without their sidecar',
    ],
    fixes: (c) => [
      fix(
        `Fix what ${c.code ?? c.code2} points at on ${c.resource ?? c.resource2}`,
        ['Read the message: it names the reference or the field that is wrong', 'Check that the referenced object exists, in the namespace the reference means (short names resolve in the resource\'s namespace)', 'Run the analysis again until it finds nothing'],
        `kubectl get ${(c.kind ?? c.kind2 ?? '').toLowerCase()} -A | grep ${(c.resource ?? c.resource2 ?? '').replace(/^.*[/.]/, '')}\nistioctl analyze -A\nistioctl analyze my-resources.yaml   # files before applying them`,
      ),
    ],
    references: [ISTIO_ANALYSIS],
    samples: [
      'istioctl analyze -n starfleet\nError [IST0101] (VirtualService starfleet/bridge) Referenced host not found: "bridges"',
      'Warning [IST0101] (VirtualService my-app.app) Referenced host not found: "my-app.app.svc.cluster.local"\nError [IST0104] (Gateway my-gateway.istio-system) Referenced credential not found: "my-tls-cert"',
    ],
  },
  {
    id: 'k8s.envoy-access-log-flags',
    language: 'kubernetes',
    // An Envoy (Istio sidecar, gateway) access log line for a failed request: the text format's
    // ""GET /path HTTP/1.1" 503 UC upstream_reset_before_response_started{…}" or the JSON format's response_flags.
    match:
      /(?:"|\b)(?<method>GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|CONNECT) (?<path>[^\s"]{1,500}) HTTP\/[\d.]{1,3}" (?<status>\d{3}) (?<flags>(?:UC|UF|UH|UO|URX|UT|UR|NR|NC|DC|LR|DT|RL|UAEX|DPE|UPE|UMSDR|OM|DF|IH|SI|RLSE)(?:,[A-Z]{2,5}){0,4})\b(?: (?<details>[\w{}:,.-]{1,200}))?|"response_flags":\s?"(?<jflags>(?:UC|UF|UH|UO|URX|UT|UR|NR|NC|DC|LR|DT|RL|UAEX)(?:,[A-Z]{2,5}){0,4})"/,
    requires: /HTTP\/[\d.]{1,3}" \d{3} [A-Z]|"response_flags":/,
    errorType: (c) => firstFlag(c),
    category: 'network',
    priority: 30,
    summary: (c) => {
      const flag = firstFlag(c);
      return `Envoy answered ${c.status ?? 'the request'}${c.path ? ` for ${c.method} ${c.path}` : ''} with the response flag ${c.flags ?? c.jflags}: ${ENVOY_FLAG_MEANINGS[flag] ?? 'see the response flags reference'}.`;
    },
    explanation: (c) =>
      `An Envoy access log line ends its status with response flags that say why the proxy, not the application, produced or cut the response. ${firstFlag(c) === 'UC' ? "UC with 503 is most often a keep-alive race: the upstream closed an idle connection while Envoy reused it; an idle timeout in a DestinationRule shorter than the application's, or retries, removes it." : firstFlag(c) === 'UF' ? 'UF means the TCP (or TLS) connection to the upstream pod failed: the pod is gone or not listening on that port, or mTLS settings disagree between client and server (a DestinationRule with tls mode DISABLE against a STRICT PeerAuthentication).' : firstFlag(c) === 'UH' ? 'UH means Envoy had no healthy endpoint for the cluster: no ready pod behind the service, a subset selecting no pod, or outlier detection ejecting them all.' : 'The line also names the upstream cluster and host that failed.'}`,
    causes: [
      'Upstream pods restarting, not ready, or not listening on the service port',
      'Idle keep-alive connections closed by the application before Envoy stops reusing them (503 UC)',
      'mTLS or DestinationRule TLS settings that disagree between client and server (503 UF)',
      'A subset or service with no ready endpoints (503 UH), or no matching route (404 NR)',
    ],
    fixes: (c) => [
      fix(
        `Find why the upstream failed with ${firstFlag(c)}`,
        ['Look at the upstream cluster and host in the line, and at that pod\'s state and logs', 'Check the endpoints Envoy has for the cluster', 'For UC: set an idle timeout below the application\'s keep-alive, or retries on reset; for UF: check the port and the mTLS mode'],
        `${c.path ? `# the request that failed: ${c.method} ${c.path}\n` : ''}kubectl logs <pod> -c istio-proxy --tail=50\nistioctl proxy-config endpoints <client-pod> --cluster "outbound|80||svc.ns.svc.cluster.local"\nistioctl x describe pod <server-pod>\n\n# DestinationRule: close idle upstream connections before the app does\ntrafficPolicy:\n  connectionPool:\n    http:\n      idleTimeout: 30s`,
      ),
    ],
    references: [ENVOY_FLAGS, ref('Istio: Traffic management problems', 'https://istio.io/latest/docs/ops/common-problems/network-issues/')],
    samples: [
      '"GET /v1/status HTTP/1.1" 503 UC upstream_reset_before_response_started{connection_termination} - "-" 0 95 0 - "10.90.16.220" "Apache-HttpClient/4.5.1 (Java/1.8.0_372)" "3a7cbcc1" "health.abc.com" "10.80.47.192:8181" outbound|80||health-api.production.svc.cluster.local',
      '{"start_time":"2026-09-30T11:05:12.004Z","response_flags":"UF","response_code_details":"upstream_reset_before_response_started{connection_timeout}","upstream_host":"10.244.1.23:80"}',
    ],
  },
  {
    id: 'k8s.istioctl-install-component-error',
    language: 'kubernetes',
    // istioctl install (manifest apply in 1.5–1.6): "✘ Istiod encountered an error: failed to wait for resource: …"
    // (the mark shows as "?" in a console without the font).
    match: /(?:✘|\?|x) (?<component>Istio core|Istiod|Ingress gateways|Egress gateways|Addons|CNI|Ztunnel|Pilot)(?: installed)? encountered an error: (?<detail>[^\n]{1,300})/,
    requires: /encountered an error: /,
    errorType: (c) => (/timed out waiting for the condition/.test(c.detail) ? 'timed out waiting for the condition' : /resources not ready/.test(c.detail) ? 'resources not ready' : 'encountered an error'),
    category: 'runtime',
    priority: 35,
    summary: (c) => `istioctl installed the ${c.component} component's manifests but it did not become ready: ${c.detail.replace(/(condition)\S{1,200}$/, '$1')}`,
    explanation: (c) =>
      `istioctl applies each component (Istio core, Istiod, the gateways) and then waits for its Deployments to be ready, five minutes by default. ${c.component} did not get there: its pods are Pending (not enough CPU or memory on the nodes, which is common with the demo profile on a small cluster), cannot pull their image, or crash; a gateway also waits for istiod, so one failing component often makes the next ones fail too.`,
    causes: ['Nodes without enough CPU or memory for the profile (demo asks for a lot)', 'Images that cannot be pulled (no internet access, a private mirror)', 'istiod failing to start, which keeps the gateways from getting their configuration'],
    fixes: (c) => [
      fix(
        `Find why ${c.component} is not ready`,
        ['Look at the pods in istio-system and their events', 'Fix the cause (resources, images, admission), then run the install again, which is idempotent'],
        'kubectl -n istio-system get pods\nkubectl -n istio-system describe pod -l app=istiod | sed -n "/Events:/,$p"\nkubectl -n istio-system logs deploy/istiod --tail=50\nistioctl install --set profile=default -y',
      ),
    ],
    references: [ref('Istio: Install with istioctl', 'https://istio.io/latest/docs/setup/install/istioctl/')],
    samples: ['istioctl manifest apply\n✔ Istio core installed\n✘ Istiod encountered an error: failed to wait for resource: resources not ready after 5m0s: timed out waiting for the condition\nDeployment/istio-system/istiod'],
  },
  // ---------------------------------------------------------------- Linkerd
  {
    id: 'k8s.linkerd-check-failed',
    language: 'kubernetes',
    // linkerd check (and its extensions' checks): the first "×" line names the failed check, the indented lines
    // under it say why. Only warnings ("‼") when nothing failed. Linkerd must be named after it (the hint URL, a
    // linkerd object) or the status line follow: pip and uv print "×" lines too.
    match:
      /(?:^|\n)[ \t]{0,12}× (?<check>[^\n]{1,200})(?:\n(?:[ \t]*\n){0,3}[ \t]{2,16}(?<detail>[^\n]{1,300}))?(?=[\s\S]{0,3000}?(?:linkerd|Status check results are))|(?:^|\n)[ \t]{0,12}‼ (?<warnCheck>[^\n]{1,200})(?![\s\S]{0,20000}\n[ \t]{0,12}× )(?:\n(?:[ \t]*\n){0,3}[ \t]{2,16}(?<warnDetail>[^\n]{1,300}))?(?=[\s\S]{0,3000}?(?:linkerd|Status check results are))/,
    requires: /linkerd|Status check results are/,
    errorType: (c) => (c.check ?? c.warnCheck).trim(),
    category: 'runtime',
    priority: 30,
    summary: (c) => `linkerd check ${c.check ? 'failed' : 'warned'} on "${(c.check ?? c.warnCheck).trim()}"${(c.detail ?? c.warnDetail) ? `: ${(c.detail ?? c.warnDetail).trim()}` : ''}.`,
    explanation: (c) => {
      const check = c.check ?? c.warnCheck;
      if (/config map exists|Namespace exists/i.test(check))
        return 'The check looks for an object the control plane (or the extension) installs; it is not there, so Linkerd (or that extension) was never installed in this cluster or context, was installed in another namespace, or its install failed half-way (the CRDs applied, the control plane not).';
      if (/pods are ready|replica sets are ready|unschedulable/i.test(check))
        return "The control plane's pods are installed but not ready: a proxy that cannot get its identity, an image that cannot be pulled, a pod that cannot be scheduled, or a CNI or proxy-init that fails. The pod's events and its linkerd-proxy container's log say which.";
      if (/trust anchors|issuer cert|certificate/i.test(check))
        return "The identity certificates (the trust anchor or the issuer certificate the identity controller signs proxies' certificates with) are expired, about to expire or do not chain; proxies stop getting certificates, and meshed traffic fails once theirs expire.";
      if (/CustomResourceDefinitions|ClusterRoles|Webhook/i.test(check))
        return 'An object of the control plane is missing or out of date: the CRDs (installed separately since Linkerd 2.12 with linkerd install --crds) or the RBAC and webhook configurations do not match the version installed.';
      if (/up-to-date|versions match/i.test(check)) return 'The CLI, the control plane and the data plane proxies are not at the same version: pods injected before an upgrade keep the old proxy until they are restarted.';
      return "The check's hint URL (the \"see https://linkerd.io/…/checks/#…\" line) explains this check and its usual fixes.";
    },
    causes: ['Linkerd (or the extension) not installed, or installed in another cluster or context', 'Control plane pods not ready (identity, images, scheduling, CNI)', 'Expired or mismatched identity certificates', 'CLI, control plane and proxies at different versions'],
    fixes: (c) => [
      fix(
        `Fix the failed check "${(c.check ?? c.warnCheck).trim()}"`,
        ['Open the hint URL printed under the check', 'Look at the control plane pods and their events', 'Install or upgrade the CRDs and the control plane with the same CLI version, then run the check again'],
        'kubectl config current-context\nkubectl -n linkerd get pods\nkubectl -n linkerd describe pod <pod> | sed -n "/Events:/,$p"\nlinkerd install --crds | kubectl apply -f -\nlinkerd install | kubectl apply -f -\nlinkerd check',
      ),
    ],
    references: [LINKERD_CHECKS],
    samples: [
      'linkerd-existence\n-----------------\n× \'linkerd-config\' config map exists\n    configmaps "linkerd-config" not found\n    see https://linkerd.io/2/checks/#l5d-existence-linkerd-config for hints\n\nStatus check results are ×',
      'microk8s.linkerd check\n\nlinkerd-api\n-----------\n× control plane pods are ready\n    The "linkerd-controller-56b66f64df-czlg7" pod\'s "linkerd-proxy" container is not ready\n    see https://linkerd.io/checks/#l5d-api-control-ready for hints',
    ],
  },
  // ---------------------------------------------------------------- kubeconfig and logins
  {
    id: 'k8s.kubeconfig-no-server',
    language: 'kubernetes',
    // client-go's kubeconfig validation: the current context's cluster has no server: (kubectl, oc, Terraform's
    // kubernetes and helm providers configured before the cluster exists).
    match: /(?<prefix>Error in configuration|invalid configuration|invalid provider configuration|cannot load Kubernetes client config)?:?\s{0,4}default cluster has no server defined|no server found for cluster "(?<cluster>[^"\n]{1,253})"/,
    requires: /has no server defined|no server found for cluster/,
    errorType: (c) => (c.cluster ? 'no server found for cluster' : 'default cluster has no server defined'),
    category: 'configuration',
    priority: 40,
    summary: (c) =>
      c.cluster
        ? `The kubeconfig's cluster ${c.cluster} has no server URL.`
        : 'The kubeconfig in use has no server URL for its cluster: there is no current context, or its cluster entry has no server field.',
    explanation: (c) =>
      `Every kubeconfig context names a cluster, and the cluster entry must give the API server's URL (server: https://host:6443). client-go refuses the configuration before any request when it does not${/provider/i.test(c.prefix ?? '') ? ". Terraform's kubernetes provider builds its client when it is configured, during plan: with host and certificates taken from a cluster that is created in the same apply, they are still unknown then, so the provider has no server" : ': an empty or missing kubeconfig, a current-context that names nothing, or a file written by hand without the server field'}.`,
    causes: [
      'No kubeconfig (KUBECONFIG points to a missing or empty file) or no current-context',
      'A cluster entry without server:',
      "Terraform's kubernetes provider configured from a cluster created in the same apply",
    ],
    fixes: [
      fix(
        'Point the client at a kubeconfig with a server',
        ['Check which file and context are used', 'Fetch the credentials again from the cloud CLI, or set the server of the cluster entry', "In Terraform, create the cluster in a first apply (or configure the provider from a data source that exists), or use a provider that loads lazily"],
        'echo $KUBECONFIG\nkubectl config view --minify\nkubectl config get-contexts\nkubectl config set-cluster <name> --server=https://<host>:6443\naws eks update-kubeconfig --name <cluster>      # or: gcloud container clusters get-credentials / az aks get-credentials',
      ),
    ],
    references: [KUBECONFIG],
    samples: [
      'osc get nodes --config=/tmp/admin.kubeconfig\nError in configuration: default cluster has no server defined',
      'Error: Provider configuration: cannot load Kubernetes client config\ninvalid configuration: default cluster has no server defined',
    ],
  },
  {
    id: 'k8s.oc-login-no-server',
    language: 'kubernetes',
    // oc login without a server argument and without a kubeconfig that names one.
    match: /error: A server URL must be specified/,
    errorType: 'A server URL must be specified',
    category: 'configuration',
    priority: 40,
    summary: 'oc login has no server to log in to: none was given on the command line and no kubeconfig names one.',
    explanation:
      "oc login takes the API server's URL as its argument (or --server); without one it falls back to the current context's server. Here the kubeconfig it read has none (a missing file, as the loader's \"Config not found\" line before it says, or an empty one), so there is nothing to log in to.",
    causes: ['oc login run without the server URL in a fresh environment (CI, a new machine)', 'KUBECONFIG pointing to a file that does not exist'],
    fixes: [
      fix(
        'Give oc login the API server URL',
        ['Pass the URL of the API server (port 6443 on OpenShift 4), with a token or a user', 'Or point KUBECONFIG at a file that has the cluster'],
        'oc login https://api.<cluster>.<domain>:6443 --token=<token>\noc login --server=https://api.<cluster>.<domain>:6443 -u <user>\nls -l "$KUBECONFIG"',
      ),
    ],
    references: [ref('OpenShift CLI: Logging in (oc login)', 'https://docs.openshift.com/container-platform/latest/cli_reference/openshift_cli/getting-started-cli.html#cli-logging-in_cli-developer-commands')],
    samples: ['W0923 05:26:38.812184   33033 loader.go:221] Config not found: /home/jenkins/auth/kubeconfig\nerror: A server URL must be specified'],
  },
  {
    id: 'k8s.aws-exec-credential-denied',
    language: 'kubernetes',
    // An EKS kubeconfig's exec plugin (aws eks get-token) failing on an AWS API error; kubectl prints the CLI's
    // stderr, then "getting credentials: exec: executable aws failed with exit code 255".
    match: /An error occurred \((?<code>\w{1,60})\) when calling the (?<operation>\w{1,60}) operation: (?<message>[^\n]{1,300})/,
    requires: /getting credentials: exec: executable aws failed/,
    errorType: (c) => c.code,
    category: 'configuration',
    // Above k8s.auth-provider's "executable … failed with exit code".
    priority: 45,
    summary: (c) => `kubectl could not get a token for the EKS cluster: the AWS CLI it runs (aws eks get-token) failed on ${c.operation} with ${c.code}: ${c.message}`,
    explanation: (c) =>
      `An EKS kubeconfig runs \`aws eks get-token\` to get a token for every kubectl call, with the profile and role written into the kubeconfig by \`aws eks update-kubeconfig\`. The AWS CLI itself failed, so kubectl never reached the cluster. ${c.operation === 'AssumeRole' ? `Here it could not assume the role given with --role-arn: ${/root accounts/.test(c.message) ? 'the credentials in use are the root user\'s, which cannot assume roles' : "the role's trust policy does not allow the caller, or the caller lacks sts:AssumeRole"}.` : 'The credentials the CLI found (profile, environment, instance role) are refused for that operation.'}`,
    causes: ['Credentials of the root user, or of an identity the role does not trust', 'A --role-arn in the kubeconfig that is wrong or was removed', 'Expired or missing AWS credentials for the profile the kubeconfig names'],
    fixes: (c) => [
      fix(
        `Make aws eks get-token work on its own first (${c.code})`,
        ['Check which identity the CLI uses', 'Run the token command by itself with the same profile and role', 'Rewrite the kubeconfig with a role the identity may assume, or without --role-arn'],
        'aws sts get-caller-identity\naws eks get-token --cluster-name <cluster> --role-arn <role-arn>\naws eks update-kubeconfig --name <cluster> --region <region> [--role-arn <role-arn>]',
      ),
    ],
    references: [EKS_AUTH],
    samples: [
      '$ kubectl get pods\n\nAn error occurred (AccessDenied) when calling the AssumeRole operation: Roles may not be assumed by root accounts.\nUnable to connect to the server: getting credentials: exec: executable aws failed with exit code 255',
    ],
  },
  // ---------------------------------------------------------------- objects, Helm, kind
  {
    id: 'k8s.namespace-finalizers-remaining',
    language: 'kubernetes',
    // kubectl describe ns (or the namespace's status conditions) of a namespace stuck in Terminating.
    match: /(?:SomeFinalizersRemain\s{1,40})?Some content in the namespace has finalizers remaining: (?<finalizers>[^\n]{1,300})|NamespaceFinalizersRemaining\s{1,20}True\s{1,80}[^\n]{0,80}SomeFinalizersRemain/,
    requires: /finalizers remaining|SomeFinalizersRemain/,
    errorType: 'SomeFinalizersRemain',
    category: 'runtime',
    priority: 35,
    summary: (c) => `The namespace is stuck in Terminating: objects in it still carry finalizers${c.finalizers ? ` (${c.finalizers})` : ''} that no controller removes.`,
    explanation:
      'Deleting a namespace deletes everything in it, then waits for each object to be gone. An object with a finalizer is only marked for deletion until the controller that owns the finalizer does its clean-up and removes it. When that controller is no longer running (its operator was uninstalled first, or it is in the namespace being deleted) the finalizer stays and the namespace stays Terminating forever. The condition names the finalizer and how many objects still hold it.',
    causes: ['An operator or controller uninstalled before the objects it finalizes', "The controller runs in the namespace being deleted and was removed first", 'A controller failing its clean-up (a cloud resource it cannot delete)'],
    fixes: (c) => [
      fix(
        `Let the owner remove ${c.finalizers ? c.finalizers.replace(/ in \d+ resource instances?/, '') : 'the finalizers'}, or remove them by hand`,
        ["Find the objects still in the namespace and their finalizers", "If the controller can still run, reinstall it and let it finish; remove the finalizer by hand only when what it guards is already gone"],
        'kubectl describe ns <namespace> | sed -n "/Conditions:/,$p"\nkubectl api-resources --verbs=list --namespaced -o name | xargs -n1 kubectl get -n <namespace> --ignore-not-found --show-kind\nkubectl patch <kind>/<name> -n <namespace> --type=merge -p \'{"metadata":{"finalizers":null}}\'',
      ),
    ],
    references: [FINALIZERS, ref('Kubernetes: Namespaces', `${K8S_DOCS}/concepts/overview/working-with-objects/namespaces/`)],
    samples: [
      '  NamespaceContentRemaining                    True    Thu, 11 Aug 2022 00:02:46 +0200  SomeResourcesRemain   Some resources are remaining: staticroutes.gateway.kusk.io has 1 resource instances\n  NamespaceFinalizersRemaining                 True    Thu, 11 Aug 2022 00:02:46 +0200  SomeFinalizersRemain  Some content in the namespace has finalizers remaining: kusk.io/finalizer in 1 resource instances',
    ],
  },
  {
    id: 'k8s.failed-mount-claim-missing',
    language: 'kubernetes',
    // A FailedMount event row whose message is a claim that does not exist; above k8s.pvc-unbound (45), which names
    // the scheduler's FailedScheduling for the same words without the row.
    match: /FailedMount\s{1,40}[^\n]{0,80}?MountVolume\.SetUp failed for volume "(?<volume>[^"\n]{1,253})"\s{0,4}:?\s{0,30}persistentvolumeclaim "(?<pvc>[^"\n]{1,253})" not found/,
    requires: /persistentvolumeclaim "/,
    errorType: 'FailedMount',
    category: 'configuration',
    priority: 46,
    summary: (c) => `The kubelet cannot mount the volume ${c.volume}: the PersistentVolumeClaim ${c.pvc} it names does not exist in the pod's namespace.`,
    explanation: (c) =>
      `The pod's volume ${c.volume} refers to the claim ${c.pvc}, and there is no claim of that name in the pod's namespace (a typo, a claim created in another namespace, or one that was deleted or is created later by another chart). The kubelet retries the mount, the pod stays ContainerCreating, and after two minutes the "Unable to attach or mount volumes … timed out waiting for the condition" row follows.`,
    causes: ['A claimName that does not match the claim (typo, templated name)', 'The claim in another namespace', 'The claim deleted, or not created yet'],
    fixes: (c) => [
      fix(
        `Create the claim ${c.pvc} or point the volume at the right one`,
        ["List the claims in the pod's namespace", 'Fix the claimName in the pod template, or create the claim; the kubelet retries by itself'],
        `kubectl get pvc -n <namespace>\nkubectl get pod <pod> -o jsonpath='{.spec.volumes[?(@.name=="${c.volume}")]}'`,
      ),
    ],
    references: [ref('Kubernetes: Persistent Volumes (claims as volumes)', `${K8S_DOCS}/concepts/storage/persistent-volumes/#claims-as-volumes`)],
    samples: ['  Warning  FailedMount  MountVolume.SetUp failed for volume "data":\n                        persistentvolumeclaim "nonexistent-dataset" not found'],
  },
  {
    id: 'k8s.kustomize-patch-target-missing',
    language: 'kubernetes',
    // kustomize v3's "no matches for OriginalId …; no matches for CurrentId …", and a v4/v5 id k8s.kustomize (33) does
    // not read (a pasted id with its names masked); below it, so its answer stands where it matches.
    match:
      /no matches for OriginalId (?<id>[^;\n]{1,253}); no matches for CurrentId [^;\n]{1,253}; failed to find unique target for patch (?<target>[^\n]{1,253})|no matches for Id (?<id2>[^;\n]{1,253}); failed to find unique target for patch (?<target2>[^\n]{1,253})/,
    requires: /failed to find unique target for patch/,
    errorType: 'no matches for Id',
    category: 'configuration',
    priority: 32,
    summary: (c) => `kustomize found no resource to apply the patch for ${(c.target ?? c.target2).trim()} to: nothing it built has the id ${(c.id ?? c.id2).trim()}.`,
    explanation:
      'A patch in patchesStrategicMerge (or patches without a target) is applied to the resource with the same kind, name and namespace among the resources this kustomization built. None matched: the name or namespace differs (a namePrefix or namespace set by a base, a typo), the kind or apiVersion differs, or the resource comes from a base that is not listed in resources. With kustomize v3 the ids are printed as group_version_Kind|namespace|name (~G for the core group, ~X for no namespace).',
    causes: ['A different name, namespace or apiVersion in the patch than in the resource', 'The patched resource not among the resources (a missing base)', 'A namePrefix/nameSuffix from a base (the patch must use the original name)'],
    fixes: (c) => [
      fix(
        `Make the patch name the resource as the base builds it (${(c.target ?? c.target2).trim()})`,
        ['Build the base alone and look for the resource', 'Align kind, apiVersion, name and namespace in the patch, or give the patch an explicit target'],
        'kustomize build <base> | grep -n -B2 -A4 "^kind:"\n\n# kustomization.yaml\npatches:\n  - path: patch.yaml\n    target:\n      kind: Deployment\n      name: <name>',
      ),
    ],
    references: [ref('Kubernetes: Declarative management with Kustomize (patches)', `${K8S_DOCS}/tasks/manage-kubernetes-objects/kustomization/#customizing`)],
    samples: [
      'Error: no matches for OriginalId apps_v1_Deployment|~X|proxima; no matches for CurrentId apps_v1_Deployment|~X|proxima; failed to find unique target for patch apps_v1_Deployment|proxima',
    ],
  },
  {
    id: 'k8s.kustomize-builtin-config',
    language: 'kubernetes',
    // kustomize failing to configure one of its builtin generators or transformers (a patch or resource file missing).
    match: /trouble configuring builtin (?<plugin>\w{1,80}) with config: [\s\S]{0,2000}?`: (?<detail>[^\n]{1,400})/,
    requires: /trouble configuring builtin /,
    errorType: 'trouble configuring builtin',
    category: 'configuration',
    priority: 34,
    summary: (c) => `kustomize could not configure its ${c.plugin}: ${c.detail}`,
    explanation: (c) =>
      `kustomize turns each field of kustomization.yaml (patchesStrategicMerge, configMapGenerator, images…) into a builtin plugin, here ${c.plugin}, and hands it the field as its configuration. Configuring it failed${/no such file|evalsymlink/.test(c.detail) ? ': a file the field lists does not exist relative to the kustomization directory (a wrong path, a file not committed, or a path outside the kustomization root)' : ''}.`,
    causes: ['A patch or generator file listed in kustomization.yaml that does not exist at that path', 'A path written relative to the wrong directory'],
    fixes: (c) => [
      fix(
        `Fix the files listed for ${c.plugin}`,
        ['Check every path of that field from the directory of kustomization.yaml', 'Add the missing file or remove it from the list'],
        'ls -l <overlay-dir>\nkustomize build <overlay-dir>',
      ),
    ],
    references: [ref('kustomize: kustomization.yaml reference', 'https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/')],
    samples: [
      "Error: trouble configuring builtin PatchStrategicMergeTransformer with config: `\npaths:\n- env_patch.yaml\n`: evalsymlink failure on '/home/u/overlays/canary/env_patch.yaml' : lstat /home/u/overlays/canary/env_patch.yaml: no such file or directory",
    ],
  },
  {
    id: 'k8s.helm2-resource-not-in-release',
    language: 'kubernetes',
    // Helm 2's upgrade finding an object of the new chart already in the cluster, outside the release.
    match: /kind (?<kind>\w{1,80}) with the name "(?<name>[^"\n]{1,253})" already exists in the cluster and wasn't defined in the previous release/,
    errorType: 'resource already exists',
    category: 'configuration',
    priority: 40,
    summary: (c) => `helm upgrade stopped: the ${c.kind} ${c.name} the chart now renders already exists in the cluster, and the release's previous revision did not have it.`,
    explanation: (c) =>
      `Helm 2 only updates objects it created in the release; a ${c.kind} it would create that already exists (made by hand, by another release, or left over from a failed upgrade whose revision was not recorded) is refused rather than taken over. Helm 3 reports the same situation as "rendered manifests contain a resource that already exists" and can adopt the object when it carries Helm's ownership labels and annotations.`,
    causes: ['An object created outside Helm with the name the chart uses', 'A failed upgrade that created the object without recording it', 'Two releases rendering the same name'],
    fixes: (c) => [
      fix(
        `Remove or adopt the existing ${c.kind} ${c.name}`,
        ['Check who created the object', 'Delete it if it is a leftover and upgrade again (or rename it in the chart)', 'On Helm 3, label and annotate it so the release adopts it'],
        `kubectl get ${c.kind.toLowerCase()} ${c.name} -o yaml | head -30\nkubectl delete ${c.kind.toLowerCase()} ${c.name}\n# Helm 3 adoption\nkubectl label ${c.kind.toLowerCase()} ${c.name} app.kubernetes.io/managed-by=Helm\nkubectl annotate ${c.kind.toLowerCase()} ${c.name} meta.helm.sh/release-name=<release> meta.helm.sh/release-namespace=<namespace>`,
      ),
    ],
    references: [ref('Helm: helm upgrade', 'https://helm.sh/docs/helm/helm_upgrade/')],
    samples: ['Error: UPGRADE FAILED: kind Service with the name "central-monitoring-prometh-kube-proxy" already exists in the cluster and wasn\'t defined in the previous release. Before upgrading, please either delete the resource from the cluster or remove it from the chart'],
  },
  {
    id: 'k8s.helm-release-already-exists',
    language: 'kubernetes',
    // Helm's storage refusing to write a revision whose record (the sh.helm.release.v1.<name>.v<n> Secret) exists.
    match: /(?:UPGRADE|INSTALLATION|ROLLBACK) FAILED: release: already exists|Error: release: already exists/,
    errorType: 'release: already exists',
    category: 'configuration',
    priority: 40,
    summary: "Helm could not record the release's new revision: a record of that revision already exists.",
    explanation:
      "Helm 3 stores each revision of a release as a Secret named sh.helm.release.v1.<release>.v<revision> in the release's namespace. Before writing the next revision it creates that Secret; it already existed, usually because release Secrets were edited or copied by hand, restored from a backup, or left by an interrupted operation, so the history and the latest revision disagree.",
    causes: ['Release Secrets edited, copied or restored by hand', 'An interrupted upgrade or rollback that left a revision record', 'Two tools (Helm and a controller such as Flux) writing the same release'],
    fixes: [
      fix(
        "Make the release's history consistent again",
        ["List the release's revision Secrets and compare them with helm history", 'Delete the stray record of the revision Helm tries to write (the highest, not deployed one), then run the command again'],
        'helm history <release> -n <namespace>\nkubectl get secret -n <namespace> -l owner=helm,name=<release>\nkubectl delete secret -n <namespace> sh.helm.release.v1.<release>.v<revision>',
      ),
    ],
    references: [ref('Helm: Storage backends (release records)', 'https://helm.sh/docs/topics/advanced/#storage-backends')],
    samples: ['a `helm upgrade` just errored out with `Error: UPGRADE FAILED: release: already exists`.'],
  },
  {
    id: 'k8s.helm-no-revision-to-rollback',
    language: 'kubernetes',
    match: /Error: no revision to rollback/,
    errorType: 'no revision to rollback',
    category: 'configuration',
    priority: 40,
    summary: 'helm rollback found no revision of the release to roll back to.',
    explanation:
      "helm rollback replays a revision kept in the release's history (a Secret per revision in Helm 3). There was none to go back to: the release has only one revision, its history was deleted or trimmed (--history-max), or (Helm 2) the release was deleted and its records purged.",
    causes: ['A release with a single revision', 'History removed by helm uninstall or trimmed by --history-max', 'A deleted Helm 2 release'],
    fixes: [
      fix(
        'Look at the history, then roll back to a revision that exists or upgrade again',
        ['List the revisions the release still has', 'Roll back to one of them by number, or run helm upgrade with the previous chart and values'],
        'helm history <release> -n <namespace>\nhelm rollback <release> <revision> -n <namespace>\nhelm upgrade <release> <chart> --version <previous> -f values.yaml',
      ),
    ],
    references: [HELM_ROLLBACK],
    samples: ['$ helm rollback eloping-cardinal 1\nError: no revision to rollback'],
  },
  {
    id: 'k8s.kind-kubeadm-init-failed',
    language: 'kubernetes',
    // kind's node bootstrap failing as other tools report it, with the line broken where they wrap it (Terraform's
    // kind provider without kind's "failed to create cluster:", Anthos' bmctl).
    match: /failed to (?<step>init|join) node with\s{1,4}kubeadm: command\s{1,4}\\?"docker exec --privileged (?<node>[\w.-]{1,100})/,
    requires: /node with\s{1,4}kubeadm/,
    errorType: (c) => `failed to ${c.step} node with kubeadm`,
    category: 'runtime',
    priority: 30,
    summary: (c) => `kind could not ${c.step} the node ${c.node}: kubeadm ${c.step} failed inside the node container.`,
    explanation: (c) =>
      `kind runs kubeadm ${c.step} in each node container. It failed, most often because the kubelet in the container never became healthy: too little memory or disk for Docker, cgroup v1/v2 or inotify limits on the host, a node image that does not match the kind version, or a cluster name kind cannot use (underscores are not valid in a node's host name${/_/.test(c.node) ? `, and ${c.node} has one` : ''}).`,
    causes: ['A cluster name with characters a host name cannot have (underscores)', 'Docker with too little memory or disk, or host inotify limits too low', 'A node image built for another kind version'],
    fixes: (c) => [
      fix(
        `Find why kubeadm ${c.step} failed in ${c.node}`,
        ['Create the cluster again with --retain and read the kubelet log of the node container', 'Use a cluster name of letters, digits and dashes', 'Use the node image listed in the release notes of your kind version'],
        `kind create cluster --name my-cluster --retain -v 6\ndocker exec ${c.node} journalctl -u kubelet --no-pager | tail -50\nkind export logs ./kind-logs\nsudo sysctl fs.inotify.max_user_watches=524288 fs.inotify.max_user_instances=512`,
      ),
    ],
    references: [KIND_KNOWN_ISSUES],
    samples: [
      'Error: failed to init node with kubeadm: command "docker exec --privileged horizontal_pod_autoscaler_lab-control-plane kubeadm init --skip-phases=preflight --config=/kind/kubeadm.conf --skip-token-print --v=6" failed with error: exit status 1',
    ],
  },
];

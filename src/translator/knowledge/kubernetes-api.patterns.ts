import type { Captures, ErrorPattern } from '../rules/error-pattern';
import type { Fix } from '../translation';
import { fix, ref } from './answer-parts';

/**
 * The Kubernetes API server's answers and the kubelet's events beyond containers.patterns.ts: the
 * status reasons kubectl prints as "Error from server (Reason)", client-side validation, admission
 * webhooks, the metrics API, pod security and storage provisioning, the controllers' events, client-go's
 * credential plugins, Helm's release history, templates and waits, and the cloud CLIs that create clusters and
 * their kubeconfigs (AWS's waiters, Azure's role checks). The type is the reason or event name
 * Kubernetes gives (README: the kubelet's event reasons), else the message's phrase.
 */

const K8S_DOCS = 'https://kubernetes.io/docs';
const API_CONVENTIONS = ref('Kubernetes API: Status reasons', 'https://github.com/kubernetes/community/blob/master/contributors/devel/sig-architecture/api-conventions.md#response-status-kind');

/** What each status reason means, for the reasons the specific patterns do not answer. */
const REASON_WHY: Readonly<Record<string, string>> = {
  AlreadyExists: 'An object of that kind and name already exists in that namespace: kubectl create (unlike apply) refuses to overwrite it.',
  BadRequest: 'The API server rejected the request itself; for kubectl logs and exec it usually means the container is not running yet (waiting for its image, or crash-looping), so there is nothing to attach to.',
  Conflict: "The object changed since it was read (its resourceVersion is stale): another controller or user updated it in between. Retrying with a fresh read, or server-side apply, resolves it.",
  Invalid: 'The object failed validation: a field has a value the API does not accept, or an immutable field was changed.',
  InternalError: 'The API server failed while handling the request; the message after it names the part, most often an admission webhook it could not call.',
  ServiceUnavailable: 'The API group is served by an aggregated API (metrics-server for metrics.k8s.io, a custom APIService) that is not running or not reachable from the API server.',
  Timeout: 'The API server did not finish the request in time: an overloaded control plane or etcd, or a webhook that does not answer.',
  TooManyRequests: 'The API server is throttling the client (API priority and fairness), or an eviction was refused by a PodDisruptionBudget.',
  MethodNotAllowed: 'The resource does not support that operation.',
  Gone: 'A watch or list continued from a resourceVersion that is too old; start again from a fresh list.',
  Expired: 'A paginated list continued with a continue token that is too old (etcd compacted the revision it pointed at); start the list again without it.',
  RequestEntityTooLarge: 'The object is larger than the API server accepts (about 3 MiB per request, 1 MiB for a Secret or ConfigMap\'s data, limited by etcd): a large file put in a ConfigMap, or a client-side apply whose last-applied annotation doubles the size.',
  UnsupportedMediaType: 'The request body was sent with a content type the API does not accept for that operation: a patch type the resource does not support (strategic merge on a custom resource).',
  NotAcceptable: 'The API server cannot answer in the format the client asked for.',
  Forbidden: 'The request was refused: RBAC does not allow it, or an admission rule does (a namespace being deleted, pod security, a quota). The message after the reason says which.',
};

/**
 * An admission webhook's refusal is named by its phrase, whatever status reason carries it (README); in a
 * StatusError dump its quotes are escaped, where k8s.admission-webhook-denied does not read it.
 */
const WEBHOOK_DENIED = /admission webhook \\?"[^"\n]{1,253}\\?" denied the request/;

/** The credential plugin the kubeconfig runs, in whichever of client-go's or gcloud's words named it. */
const plugin = (c: Captures): string => c.plugin ?? c.bare ?? c.quoted ?? c.gke ?? 'the credential plugin';

function reasonFix(c: Captures): Fix[] {
  switch (c.reason) {
    case 'AlreadyExists':
      return [fix('Apply instead of create, or remove the old object', ['kubectl apply updates an existing object; delete first only if it must be recreated.'], 'kubectl apply -f manifest.yaml')];
    case 'BadRequest':
      return [fix("See why the container is not running", ['Describe the pod: its events name the image pull or crash that keeps the container waiting.'], 'kubectl describe pod <pod>\nkubectl get events --sort-by=.lastTimestamp | tail')];
    case 'Conflict':
      return [fix('Read the object again and retry, or use server-side apply', [], 'kubectl apply --server-side -f manifest.yaml')];
    case 'ServiceUnavailable':
      return [fix('Check the aggregated API behind the group', ['Look at the APIService and the pods serving it (metrics-server for metrics.k8s.io).'], 'kubectl get apiservices | grep -v True\nkubectl -n kube-system get pods -l k8s-app=metrics-server')];
    case 'InternalError':
      return [fix('Check the admission webhooks the message names', ['List the webhook configurations and the service behind the failing one; a webhook left from an uninstalled component can be deleted.'], 'kubectl get validatingwebhookconfigurations,mutatingwebhookconfigurations\nkubectl get endpoints -A | grep -i webhook')];
    default:
      return [fix('Read the full message and retry after fixing what it names', ['Run the command again with -v=6 to see the request and the answer.'], 'kubectl <command> -v=6')];
  }
}

export const KUBERNETES_API_PATTERNS: readonly ErrorPattern[] = [
  {
    id: 'k8s.status-reason',
    language: 'kubernetes',
    // Below the patterns for NotFound, Forbidden and the rest, which explain their cases in more detail.
    match: /Error from server \((?<reason>AlreadyExists|BadRequest|Conflict|Invalid|InternalError|ServiceUnavailable|Timeout|TooManyRequests|MethodNotAllowed|Gone|NotFound|Forbidden|Expired|RequestEntityTooLarge|UnsupportedMediaType|NotAcceptable)\): (?<message>[^\n]{0,400})/,
    // An admission webhook's refusal in these words is k8s.admission-webhook-denied's (higher priority).
    errorType: (c) => c.reason ?? 'Error from server',
    category: 'configuration',
    priority: 15,
    summary: (c) => `The Kubernetes API server refused the request (${c.reason}): ${c.message}`,
    explanation: (c) =>
      c.reason === 'NotFound'
        ? /could not find the requested resource/.test(c.message ?? '')
          ? 'The API server does not serve that resource or API version at all: kubectl much newer or older than the cluster, an API removed in this release, or an aggregated API (metrics) that is not installed.'
          : 'The object does not exist in that namespace (or cluster).'
        : (REASON_WHY[c.reason ?? ''] ?? 'The API server answered with this status reason.'),
    causes: ['An object that already exists, changed meanwhile, or is not running yet', 'An aggregated API or webhook that is down', 'Version skew between kubectl and the cluster'],
    fixes: reasonFix,
    references: [API_CONVENTIONS, ref('kubectl reference', `${K8S_DOCS}/reference/kubectl/`)],
    samples: ['Error from server (AlreadyExists): error when creating "ns.yaml": namespaces "dev" already exists', 'Error from server (BadRequest): container "web" in pod "web-5d8f" is waiting to start: trying and failing to pull image', 'Error from server (ServiceUnavailable): the server is currently unable to handle the request (get pods.metrics.k8s.io)'],
  },
  {
    id: 'k8s.validation',
    language: 'kubernetes',
    match: /error validating data:\s{1,4}(?:\[)?ValidationError\((?<path>[^)\n]{1,200})\): (?<problem>unknown field "(?<field>[^"\n]{1,100})"|missing required field "(?<missing>[^"\n]{1,100})"|invalid type for [^\n]{1,200})|strict decoding error: unknown field "(?<field2>[^"\n]{1,200})"/,
    errorType: (c) => (c.field2 ? 'unknown field' : 'ValidationError'),
    category: 'configuration',
    priority: 35,
    summary: (c) => `The manifest does not match the schema${c.path ? ` at ${c.path}` : ''}: ${c.problem ?? `unknown field "${c.field2}"`}.`,
    explanation: (c) =>
      `kubectl checks manifests against the cluster's OpenAPI schema before sending them. ${c.field || c.field2 ? 'An unknown field is usually a typo, a field indented under the wrong parent (env under spec instead of under the container), or a field of a newer API version than the cluster has.' : c.missing ? `A required field (${c.missing}) is missing, often because of indentation.` : 'A field has the wrong type: a number where a string is expected (quote port names and env values), or a map where a list is expected.'}`,
    causes: ['A typo in a field name', 'Wrong indentation that moves a field under another parent', 'A field the cluster\'s API version does not have yet'],
    fixes: (c) => [fix(`Check ${c.path ?? 'the field'} against the schema`, [`kubectl explain shows the fields valid at that path for this cluster; fix ${c.field ?? c.field2 ?? c.missing ?? 'the field'} (its name or indentation).`], `kubectl explain ${(c.path ?? 'deployment.spec').split('.').slice(0, 3).join('.').toLowerCase()}\nkubectl apply --dry-run=server -f manifest.yaml`)],
    references: [ref('kubectl explain', `${K8S_DOCS}/reference/kubectl/generated/kubectl_explain/`)],
    samples: ['error: error validating "deployment.yaml": error validating data: ValidationError(Deployment.spec.template.spec.containers[0]): unknown field "imagePullPolicyy" in io.k8s.api.core.v1.Container; if you choose to ignore these errors, turn validation off with --validate=false'],
  },
  {
    id: 'k8s.unknown-resource-type',
    language: 'kubernetes',
    match: /the server doesn't have a resource type "(?<type>[^"\n]{1,100})"/,
    errorType: "the server doesn't have a resource type",
    category: 'configuration',
    priority: 35,
    summary: (c) => `The cluster has no resource type called ${c.type}.`,
    explanation: (c) => `kubectl resolves ${c.type} against the API resources the cluster serves. It is misspelt, or it is a custom resource whose CRD is not installed (or not installed yet), or it needs its API group (certificates.cert-manager.io).`,
    causes: ['A typo or a plural/short name the cluster does not know', 'A custom resource whose CRD is not installed'],
    fixes: (c) => [fix(`Find the name the cluster serves for ${c.type}`, ['List the resources and their short names; install the CRD if it is a custom resource.'], `kubectl api-resources | grep -i ${c.type}`)],
    references: [ref('kubectl api-resources', `${K8S_DOCS}/reference/kubectl/generated/kubectl_api-resources/`)],
    samples: ['error: the server doesn\'t have a resource type "deploymnets"'],
  },
  {
    id: 'k8s.webhook-failed',
    language: 'kubernetes',
    match: /failed calling webhook\s{1,20}"(?<webhook>[^"\n]{1,253})"(?<detail>[^\n]{0,400})/,
    errorType: 'failed calling webhook',
    category: 'network',
    // Above Go's network patterns, which the detail ends with.
    priority: 38,
    summary: (c) => `The API server could not call the admission webhook ${c.webhook}.`,
    explanation: (c) =>
      `Every create or update of matching objects is sent to ${c.webhook} first, and the API server could not get its answer${/connection refused|no endpoints|service "[^"]+" not found/.test(c.detail ?? '') ? ': the webhook\'s service has no running pods (the component was removed, is starting, or crashed)' : /x509|certificate/.test(c.detail ?? '') ? ': its TLS certificate is not the one the webhook configuration trusts (cert-manager not ready, a rotated CA)' : /timeout|deadline/.test(c.detail ?? '') ? ': it did not answer in time (a network policy or firewall between the control plane and the pods, common on private GKE/EKS clusters)' : ''}. With failurePolicy Fail, the request is refused.`,
    causes: ["The webhook's pods are not running (or its component was uninstalled, leaving the configuration behind)", 'A firewall between the control plane and the webhook pods', 'A certificate the configuration no longer trusts'],
    fixes: (c) => [fix(`Check the service behind ${c.webhook}`, ['Find the configuration that names it and the service it calls; start the component, open the port from the control plane, or delete a configuration left behind.'], `kubectl get validatingwebhookconfigurations,mutatingwebhookconfigurations -o wide | grep -i ${(c.webhook ?? '').split('.')[0]}\nkubectl get endpoints -A | grep -i webhook`)],
    references: [ref('Kubernetes: Dynamic admission control', `${K8S_DOCS}/reference/access-authn-authz/extensible-admission-controllers/`)],
    samples: ['Error from server (InternalError): Internal error occurred: failed calling webhook "validate.nginx.ingress.kubernetes.io": failed to call webhook: Post "https://ingress-nginx-controller-admission.ingress-nginx.svc:443/networking/v1/ingresses?timeout=10s": dial tcp 10.96.1.1:443: connect: connection refused'],
  },
  {
    id: 'k8s.pod-events',
    language: 'kubernetes',
    match: /(?<runAsNonRoot>container has runAsNonRoot and image will run as root)|(?<sandbox>FailedCreatePodSandBox)\b[^\n]{0,300}?Failed (?:to )?create pod sandbox(?:: (?<sandboxDetail>[^\n]{0,300})|\.)|(?<provisioning>ProvisioningFailed)\b(?=(?:[^\n]{0,300}?storageclass\.storage\.k8s\.io "(?<storageClass>[^"\n]{1,100})" not found)?)(?<provisioningDetail>[^\n]{0,300})|unable to forward port because pod is not running\. Current status=(?<phase>\w{1,20})/,
    requires: /runAsNonRoot|FailedCreatePodSandBox|ProvisioningFailed|unable to forward port/,
    errorType: (c) =>
      c.runAsNonRoot ? 'container has runAsNonRoot and image will run as root' : c.sandbox ? 'FailedCreatePodSandBox' : c.provisioning ? 'ProvisioningFailed' : 'unable to forward port because pod is not running',
    category: 'configuration',
    priority: 35,
    summary: (c) =>
      c.runAsNonRoot
        ? "The pod requires a non-root user, and the image's user is root."
        : c.sandbox
          ? 'The kubelet could not create the pod sandbox (its network and namespaces).'
          : c.provisioning
            ? `No volume could be provisioned for the claim${c.storageClass ? `: storage class ${c.storageClass} does not exist` : ''}.`
            : `kubectl port-forward needs a running pod; this one is ${c.phase}.`,
    explanation: (c) => {
      if (c.runAsNonRoot) return 'securityContext.runAsNonRoot (set directly or by the namespace\'s pod security policy) refuses to start a container whose image runs as UID 0 and names no numeric runAsUser. Images that declare USER with a name rather than a number are treated as root too.';
      if (c.sandbox) return `Before any container starts, the runtime creates the pod's sandbox and the CNI plugin gives it an IP. That failed: ${c.sandboxDetail || 'see the event message'}. ${/calico\/nodename/.test(c.sandboxDetail ?? '') ? 'Calico\'s CNI plugin reads the node name that the calico-node pod writes to /var/lib/calico/nodename when it starts: calico-node is not running (or not ready) on this node.' : 'Usually the network plugin (Calico, Flannel, Cilium) is not running or not authorised, has no free addresses, or the runtime is misconfigured.'}`;
      if (c.provisioning) return c.storageClass ? `The PersistentVolumeClaim names storageClassName ${c.storageClass}, which the cluster does not have (names differ between clouds and local clusters: standard, gp2, gp3, local-path).` : 'The storage class\'s provisioner failed to create a volume; its message says why (quota, zone, permissions).';
      return "port-forward attaches to a running container; the pod is still waiting (image pull, scheduling) or has failed.";
    },
    causes: (c) =>
      c.runAsNonRoot ? ['An image that runs as root (no USER, or a named USER)', 'A pod security policy or standard requiring non-root'] : c.sandbox ? ['The CNI plugin is not running or not authorised', 'No IP addresses left, or a misconfigured runtime'] : c.provisioning ? ['A storage class name from another cluster', 'No default storage class'] : ['The pod is still Pending or has failed'],
    fixes: (c) => {
      if (c.runAsNonRoot) return [fix('Run the image as a numeric non-root user', ['Set runAsUser (and fsGroup) in the pod\'s securityContext, or use an image built with a numeric USER.'], 'securityContext:\n  runAsNonRoot: true\n  runAsUser: 10001\n# Dockerfile: USER 10001')];
      if (c.sandbox) return [fix('Check the network plugin on that node', ['Look at the CNI pods in kube-system and their logs; restart or reinstall the plugin.'], 'kubectl -n kube-system get pods -o wide | grep -Ei "calico|flannel|cilium|weave"\nkubectl -n kube-system logs <cni-pod>')];
      if (c.provisioning) return [fix(`Use a storage class the cluster has${c.storageClass ? ` instead of ${c.storageClass}` : ''}`, ['List the storage classes and set storageClassName to one of them (or mark one as default).'], 'kubectl get storageclass')];
      return [fix('Wait for the pod to run, or see why it does not', [], 'kubectl get pod <pod> -w\nkubectl describe pod <pod>')];
    },
    references: [ref('Kubernetes: Configure a security context', `${K8S_DOCS}/tasks/configure-pod-container/security-context/`), ref('Kubernetes: Storage classes', `${K8S_DOCS}/concepts/storage/storage-classes/`)],
    samples: [
      'Warning  Failed  12s  kubelet  Error: container has runAsNonRoot and image will run as root',
      'Warning  ProvisioningFailed  persistentvolume-controller  storageclass.storage.k8s.io "fast" not found',
      '  Warning  FailedCreatePodSandBox  2m (x40 over 12m)  kubelet, node-2  Failed create pod sandbox: rpc error: code = Unknown desc = NetworkPlugin cni failed to set up pod "web-0_default" network: stat /var/lib/calico/nodename: no such file or directory: check that the calico/node container is running and has mounted /var/lib/calico/',
    ],
  },
  {
    id: 'k8s.metrics-unavailable',
    language: 'kubernetes',
    match: /error: (?<phrase>Metrics API not available|metrics not available yet)/,
    errorType: (c) => c.phrase ?? 'Metrics API not available',
    category: 'configuration',
    priority: 35,
    summary: 'kubectl top has no metrics to show: the metrics API is not installed or not ready.',
    explanation:
      "kubectl top and the HorizontalPodAutoscaler read metrics.k8s.io, which metrics-server provides. It is not installed (kubeadm, kind and many local clusters do not include it), has just started (the first metrics take a minute), or cannot scrape the kubelets (kind and kubeadm need --kubelet-insecure-tls).",
    causes: ['metrics-server not installed', 'metrics-server started less than a minute ago', 'metrics-server cannot reach the kubelets (TLS)'],
    fixes: [fix('Install metrics-server (or enable the add-on)', ['Apply the release manifest; on kind or kubeadm add --kubelet-insecure-tls to its arguments; minikube: minikube addons enable metrics-server.'], 'kubectl apply -f https://github.com/kubernetes-sigs/metrics-server/releases/latest/download/components.yaml\nkubectl -n kube-system get deploy metrics-server')],
    references: [ref('Kubernetes: Resource metrics pipeline', `${K8S_DOCS}/tasks/debug/debug-cluster/resource-metrics-pipeline/`)],
    samples: ['error: Metrics API not available'],
  },
  {
    id: 'k8s.tooling',
    language: 'kubernetes',
    // kustomize's and kind's own failures (Argo CD shows kustomize's inside its sync error).
    match: /Error: (?<accumulating>accumulating resources): (?<detail>[^\n]{0,300})|failed to create cluster: (?<kind>failed to init node with kubeadm|failed to join node with kubeadm|failed to generate kubeadm config content|node\(s\) already exist for a cluster with the name)|(?<sandboxNetwork>failed to setup network for sandbox) "?(?<sandbox>\w{0,64})/,
    requires: /accumulating resources|failed to create cluster|failed to setup network for sandbox/,
    errorType: (c) => c.accumulating ?? c.kind ?? c.sandboxNetwork ?? 'kubernetes tooling error',
    category: 'configuration',
    // Below the event row's FailedCreatePodSandBox, whose reason is the type there.
    priority: 34,
    summary: (c) =>
      c.accumulating
        ? 'kustomize could not read one of the resources or bases the kustomization lists.'
        : c.kind
          ? `kind could not create the cluster: ${c.kind}.`
          : "The pod's network could not be set up by the CNI plugin.",
    explanation: (c) =>
      c.accumulating
        ? 'Each entry under resources: must be a file, a directory with a kustomization, or a remote URL kustomize can fetch. The path does not exist relative to the kustomization (paths are relative to its directory), a remote base needs a ref or the git host is unreachable, or the entry is a bare path where a URL was meant.'
        : c.kind
          ? "kind runs kubeadm inside the node container and only reports that it failed; the kubeadm output after it shows why. The usual causes are a node image too old or too new for this kind release, too little memory or disk for Docker, cgroup v2 with an old node image, or a leftover cluster of the same name."
          : 'Before the pod starts, the runtime asks the CNI plugin (Calico, Flannel, Cilium…) for its network. The plugin is not running on that node, cannot reach the API server, is not authorised, or has run out of addresses; the error after it names which.',
    causes: (c) => (c.accumulating ? ['A path that does not exist relative to the kustomization', 'A remote base that cannot be fetched'] : c.kind ? ['A node image that does not match the kind release', 'Too little memory or disk for Docker'] : ['The CNI plugin is not running or not authorised on that node']),
    fixes: (c) => [
      c.accumulating
        ? fix('Build the kustomization locally to see the failing entry', ['Run kustomize build in that directory and fix the path or URL it names.'], 'kustomize build overlays/prod\nkubectl kustomize overlays/prod')
        : c.kind
          ? fix('Use the node image made for this kind release, and read kubeadm\'s output', [], 'kind version\nkind delete cluster\nkind create cluster --image kindest/node:v1.31.0 --retain -v 1\ndocker logs kind-control-plane')
          : fix('Check the CNI pods on that node', [], 'kubectl -n kube-system get pods -o wide | grep -Ei "calico|flannel|cilium|weave"\nkubectl -n kube-system logs <cni-pod>'),
    ],
    references: [ref('Kustomize: resources', 'https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/resource/'), ref('kind: Known issues', 'https://kind.sigs.k8s.io/docs/user/known-issues/')],
    samples: ["Error: accumulating resources: accumulation err='accumulating resources from '../base': evalsymlink failure on '/tmp/base' : lstat /tmp/base: no such file or directory'", 'ERROR: failed to create cluster: failed to init node with kubeadm: command "docker exec --privileged kind-control-plane kubeadm init --config=/kind/kubeadm.conf" failed with error: exit status 1'],
  },
  {
    id: 'k8s.status-error-dump',
    language: 'kubernetes',
    // A Go program (a controller, a webhook's caller) logging the API's answer with %#v: the reason is a field.
    match: /errors\.StatusError\{ErrStatus:v1\.Status\{[\s\S]{0,3000}?Message:"(?<message>(?:[^"\\\n]|\\.){0,300})[\s\S]{0,2000}?Reason:"(?<reason>[A-Z]\w{1,40})"[\s\S]{0,300}?Code:(?<code>\d{3})/,
    requires: /errors\.StatusError\{/,
    errorType: (c) => (WEBHOOK_DENIED.test(c.message) ? 'admission webhook denied the request' : c.reason),
    category: 'configuration',
    priority: 30,
    summary: (c) => `The Kubernetes API server refused a request (${c.reason}, HTTP ${c.code}): ${c.message.replace(/\\"/g, '"')}`,
    explanation: (c) =>
      /admission webhook/.test(c.message)
        ? `An admission webhook checked the object and denied it; the API server passes the webhook's verdict on as ${c.reason}. The webhook's message (after "denied the request") says what it objected to: for ingress-nginx's validating webhook, usually the nginx configuration the Ingress would produce.`
        : (REASON_WHY[c.reason] ?? `The API server answered with the status reason ${c.reason}.`),
    causes: (c) => (/admission webhook/.test(c.message) ? ['The object breaks a rule the webhook enforces (an annotation, a snippet, a duplicate host and path)', 'The webhook itself fails and denies everything'] : ['See the message: the object or the request is not acceptable as sent']),
    fixes: (c) =>
      /admission webhook "(?<hook>[^"\\]{1,200})/.test(c.message.replace(/\\"/g, '"'))
        ? [fix('Read the webhook\'s full reason and fix the object', ['Apply the object again with kubectl to see the whole message, and fix what it names; the webhook\'s own logs give more detail.'], 'kubectl apply -f ingress.yaml\nkubectl get validatingwebhookconfigurations\nkubectl logs -n ingress-nginx deploy/ingress-nginx-controller')]
        : reasonFix(c),
    references: [API_CONVENTIONS, ref('Kubernetes: Dynamic admission control', `${K8S_DOCS}/reference/access-authn-authz/extensible-admission-controllers/`)],
    samples: ['rejected by webhook "validate.nginx.ingress.kubernetes.io": &errors.StatusError{ErrStatus:v1.Status{TypeMeta:v1.TypeMeta{Kind:"", APIVersion:""}, Status:"Failure", Message:"admission webhook \\"validate.nginx.ingress.kubernetes.io\\" denied the request: nginx: [emerg] unknown directive", Reason:"BadRequest", Details:(*v1.StatusDetails)(nil), Code:400}}'],
  },
  {
    id: 'k8s.aggregated-api-unavailable',
    language: 'kubernetes',
    // The ServiceUnavailable message without kubectl's "Error from server (…)" around it, as clients log it.
    match: /the server is currently unable to handle the request \((?<verb>get|list|create|update|patch|delete|watch) (?<resource>[\w.-]{1,200})\)/,
    requires: /the server is currently unable to handle the request/,
    errorType: 'ServiceUnavailable',
    category: 'network',
    priority: 14,
    summary: (c) => `The API server could not serve ${c.resource}: the service behind that API is unavailable.`,
    explanation: (c) =>
      /\.(?:metrics\.k8s\.io|custom\.metrics|external\.metrics)/.test(c.resource)
        ? `${c.resource} is not served by the API server itself but by an aggregated API (metrics-server, or a Prometheus adapter). Its APIService is registered, but the service behind it does not answer: metrics-server is not running or not ready, or the API server cannot reach its pod (a network policy, a firewall between control plane and nodes, a certificate the API server rejects).`
        : `The API server answered 503 for ${c.resource}: the aggregated API or the extension server behind it is down, or the API server is overloaded or starting.`,
    causes: ['The aggregated API\'s backing service (metrics-server, an adapter) is not running or not ready', 'The control plane cannot reach the backing pod', 'The APIService is left from an uninstalled component'],
    fixes: (c) => [
      fix('Check the APIService and the pods behind it', ['See which APIService is unavailable and why, then look at its pods and logs.'], `kubectl get apiservices | grep -v Local\nkubectl describe apiservice ${/metrics\.k8s\.io/.test(c.resource) ? 'v1beta1.metrics.k8s.io' : '<name>'}\nkubectl -n kube-system logs deploy/metrics-server`),
    ],
    references: [ref('Kubernetes: Resource metrics pipeline', `${K8S_DOCS}/tasks/debug/debug-cluster/resource-metrics-pipeline/`)],
    samples: ['Error scraping node metrics: the server is currently unable to handle the request (get nodes.metrics.k8s.io)'],
  },
  {
    id: 'k8s.credential-plugin-missing',
    language: 'kubernetes',
    // client-go's own hint; the exec error alone (kubectl 1.2x wraps it in "Unable to connect to the server",
    // Windows says %PATH%); gcloud's warning about its GKE plugin.
    match: /exec: executable (?<plugin>[\w.-]{1,100}) not found[\s\S]{0,200}?It looks like you are trying to use a client-go credential plugin that is not installed|getting credentials: exec: (?:exec: )?(?:executable (?<bare>[\w.-]{1,100}) not found|"(?<quoted>[\w.-]{1,100})": executable file not found in [$%]PATH)|(?<gke>gke-gcloud-auth-plugin), which is needed for continued use of kubectl, was not found or is not executable/,
    requires: /client-go credential plugin|getting credentials: exec: |needed for continued use of kubectl/,
    errorType: 'credential plugin not found',
    category: 'configuration',
    // Above "Unable to connect to the server" around it, and runc's "executable file not found" of Docker.
    priority: 45,
    summary: (c) => `kubectl cannot get credentials: the kubeconfig runs ${plugin(c)}, which is not installed.`,
    explanation: (c) =>
      `The user entry of the kubeconfig says to get a token by running ${plugin(c)} (a client-go exec credential plugin), and no such program is on PATH. ${plugin(c).startsWith('gke-gcloud-auth-plugin') ? 'Since GKE 1.26, kubeconfigs written by gcloud use this plugin instead of gcloud itself; it is a separate gcloud component.' : /aws/.test(plugin(c)) ? 'EKS kubeconfigs run the AWS CLI (aws eks get-token) or aws-iam-authenticator.' : /kubelogin/.test(plugin(c)) ? 'AKS and OIDC kubeconfigs use kubelogin.' : ''}`,
    causes: ['The cloud provider\'s auth plugin is not installed', 'It is installed outside PATH (a different shell, CI image or IDE environment)'],
    fixes: (c) => [
      fix(`Install ${plugin(c)}`, ['Install the plugin and make sure the environment that runs kubectl has it on PATH; then refresh the kubeconfig entry.'], plugin(c).startsWith('gke-gcloud-auth-plugin') ? `gcloud components install gke-gcloud-auth-plugin\n# or: sudo apt-get install google-cloud-cli-gke-gcloud-auth-plugin\ngcloud container clusters get-credentials <cluster> --region <region>\n${plugin(c)} --version` : `which ${plugin(c)}\nkubectl config view --minify -o jsonpath='{.users[0].user.exec}'`),
    ],
    references: [ref('Kubernetes: client-go credential plugins', `${K8S_DOCS}/reference/access-authn-authz/authentication/#client-go-credential-plugins`)],
    samples: [
      'couldn\'t get current server API group list: Get "https://34.1.2.3/api?timeout=32s": getting credentials: exec: executable gke-gcloud-auth-plugin not found\n\nIt looks like you are trying to use a client-go credential plugin that is not installed.',
      'CRITICAL: ACTION REQUIRED: gke-gcloud-auth-plugin, which is needed for continued use of kubectl, was not found or is not executable.\nUnable to connect to the server: getting credentials: exec: exec: "gke-gcloud-auth-plugin": executable file not found in $PATH',
      'E0412 09:15:02.118345   20188 memcache.go:265] couldn\'t get current server API group list: Get "https://ABCD.gr7.eu-west-1.eks.amazonaws.com/api?timeout=32s": getting credentials: exec: executable aws-iam-authenticator not found',
    ],
  },
  {
    id: 'k8s.helm-release-state',
    language: 'kubernetes',
    match: /Error: UPGRADE FAILED: "?(?<release>[\w.-]{1,53})"? has no deployed releases/,
    requires: /has no deployed releases/,
    errorType: 'has no deployed releases',
    category: 'configuration',
    priority: 40,
    summary: (c) => `helm upgrade found no successful release of ${c.release} to upgrade from.`,
    explanation: (c) =>
      `Helm keeps each release's history as secrets in its namespace. Every revision of ${c.release} there is failed or pending (the first install failed or was interrupted), so there is no deployed revision for the upgrade to start from. Helm 3.x's upgrade refuses that state unless told to replace it.`,
    causes: ['The first install of the release failed or timed out', 'An interrupted install or upgrade left a pending revision'],
    fixes: (c) => [
      fix(`Look at ${c.release}'s history, then reinstall it`, ['Roll back to a good revision if there is one; otherwise uninstall the failed release (its history goes with it) and install again, or upgrade with --install after the cleanup.'], `helm history ${c.release} -n <namespace>\nhelm uninstall ${c.release} -n <namespace>\nhelm upgrade --install ${c.release} <chart> -n <namespace>`),
    ],
    references: [ref('Helm: helm upgrade', 'https://helm.sh/docs/helm/helm_upgrade/')],
    samples: ['Error: UPGRADE FAILED: "rancher-logging" has no deployed releases'],
  },
  {
    id: 'k8s.helm-template-nil',
    language: 'kubernetes',
    match: /Error: (?:[\w ]{1,40}: )?template: (?<template>[^:\n]{1,300}):(?<line>\d{1,6}):(?<col>\d{1,6}): executing "[^"\n]{1,300}" at <(?<value>[^>\n]{1,200})>: nil pointer evaluating interface \{\}\.(?<field>\w{1,100})/,
    requires: /nil pointer evaluating interface/,
    errorType: 'nil pointer evaluating interface',
    category: 'null',
    priority: 40,
    summary: (c) => `The chart's template ${c.template} (line ${c.line}) reads ${c.value}, and part of that path is not in the values.`,
    explanation: (c) =>
      `Go templates stop with this when a path goes through a missing key: ${c.value} needs the map above .${c.field} to exist, and the values given (the chart's values.yaml merged with -f files and --set) do not have it. Usually a values file written for another chart version, where the key moved or was renamed.`,
    causes: ['A values file from another chart version (a key renamed or moved)', 'A value set to null or deleted by an override', 'A template that does not guard an optional section'],
    fixes: (c) => [
      fix(`Set ${c.value.replace(/^\.Values\./, '')} in the values, or guard it in the template`, ['Compare your values with the chart\'s own values.yaml for this version; in the template, test each level with `with` or `dig`.'], `helm show values <chart> --version <version> | less\n# ${c.template.split('/').pop()}:\n{{- if (.Values.${c.value.replace(/^\.Values\./, '').split('.')[0]} | default dict).${c.field} }}`),
    ],
    references: [ref('Helm: Chart template guide, flow control', 'https://helm.sh/docs/chart_template_guide/control_structures/')],
    samples: ['Error: template: harbor/templates/registry/registry-svc.yaml:13:14: executing "harbor/templates/registry/registry-svc.yaml" at <.Values.metrics.enabled>: nil pointer evaluating interface {}.enabled'],
  },
  {
    id: 'k8s.kind-docker-network',
    language: 'kubernetes',
    match: /failed to ensure docker network: command "(?<command>docker network create[^"\n]{0,400})" failed with error: (?<reason>[^\n]{1,200})/,
    requires: /failed to ensure docker network/,
    errorType: 'failed to ensure docker network',
    category: 'configuration',
    priority: 40,
    summary: 'kind could not create the Docker network its cluster nodes run on.',
    explanation: (c) =>
      `kind runs each node as a container on a Docker network named kind, created with${/--ipv6/.test(c.command) ? ' IPv6 enabled' : ''} its own subnet. Docker refused to create it (${c.reason}): ${/--ipv6/.test(c.command) ? 'Docker Desktop on Windows and many daemons do not have IPv6 enabled, and ' : ''}a network named kind may exist with other settings, or the subnet overlaps one already in use. The docker command's own output, above this line, names the exact reason.`,
    causes: ['IPv6 not enabled in the Docker daemon (kind asks for an IPv6 subnet)', 'An existing "kind" network with other settings', 'A subnet overlapping an existing network or VPN'],
    fixes: (c) => [
      fix('Recreate the kind network, or turn on IPv6 in Docker', [`Run the command by hand to see Docker's reason: ${c.command}`, 'Remove a stale kind network; if the error is about IPv6, enable it in the daemon ("ipv6": true in daemon.json, Docker Desktop: Settings → Docker Engine) or let kind use IPv4 only.'], 'docker network rm kind\n# or force IPv4 only\nKIND_EXPERIMENTAL_DOCKER_NETWORK=... kind create cluster\n# /etc/docker/daemon.json\n{ "ipv6": true, "fixed-cidr-v6": "fd00::/80" }'),
    ],
    references: [ref('kind: Known issues', 'https://kind.sigs.k8s.io/docs/user/known-issues/')],
    samples: ['ERROR   unable to create kind cluster: failed to ensure docker network: command "docker network create -d=bridge -o com.docker.network.bridge.enable_ip_masquerade=true --ipv6 --subnet fc00:f853:ccd:e793::/64 kind" failed with error: exit status 1'],
  },
  {
    id: 'k8s.controller-failed-create',
    language: 'kubernetes',
    // An event row (kubectl get events / describe): a controller could not create the pods it owns.
    match: /(?<![\w-])FailedCreate\s{1,40}(?<controller>[\w-]{1,60}-controller|job-controller)?[^\n]{0,200}?Error creating: (?<detail>[^\n]{1,400})/,
    requires: /FailedCreate/,
    errorType: 'FailedCreate',
    category: 'configuration',
    priority: 45,
    summary: (c) => `${c.controller ? `The ${c.controller}` : 'A controller'} could not create its pods: ${c.detail}`,
    explanation: (c) =>
      /exceeded quota/.test(c.detail)
        ? 'The namespace has a ResourceQuota, and the new pod would take it over a limit (or the pod does not set requests/limits the quota requires). The controller keeps retrying, so the workload stays below its replica count without any pod failing.'
        : /forbidden/.test(c.detail)
          ? 'The API server refused the pod: an admission rule (pod security, a quota, a service account that does not exist, a webhook) rejects its spec. Nothing runs until the spec or the rule changes.'
          : 'The controller asks the API server for pods on behalf of the workload, and the request failed; the message after "Error creating" says why.',
    causes: ['A ResourceQuota limit reached, or requests/limits missing where the quota needs them', 'Pod security admission or a webhook rejecting the pod spec', 'A service account or secret referenced by the pod that does not exist'],
    fixes: (c) => [
      fix('Read the full event and the quota or policy it names', ['Compare the quota\'s usage with the request, then lower the requests, raise the quota, or free capacity in the namespace.'], `kubectl describe ${/replicaset/.test(c.controller ?? '') ? 'replicaset' : c.controller?.replace(/-controller$/, '') || 'replicaset'} <name>\nkubectl describe resourcequota -n <namespace>`),
    ],
    references: [ref('Kubernetes: Resource quotas', `${K8S_DOCS}/concepts/policy/resource-quotas/`)],
    samples: ['6d   124   allocation-manager-6597bc46dc.1576a87b365ab1e4   ReplicaSet   Warning   FailedCreate   replicaset-controller   (combined from similar events): Error creating: pods "allocation-manager-6597bc46dc-2wm8j" is forbidden: exceeded quota: namespace-quota, requested: limits.cpu=1'],
  },
  {
    id: 'k8s.not-found-message',
    language: 'kubernetes',
    // NotFound's message without kubectl's "Error from server (NotFound)" around it: Helm 2's helm init, a
    // client-go program, an operator's log.
    match: /(?<installing>error installing: )?the server could not find the requested resource(?: \((?<verb>get|list|watch|post|put|patch|delete|create|update) (?<resource>[\w.-]{1,200})\))?/,
    requires: /the server could not find the requested resource/,
    errorType: 'NotFound',
    category: 'configuration',
    // Below k8s.status-reason, which explains kubectl's own line.
    priority: 14,
    summary: (c) => `The API server does not serve ${c.resource ? `the resource ${c.resource}` : 'the resource the client asked for'} at that API version (NotFound).`,
    explanation: (c) =>
      c.installing
        ? "Helm 2's helm init installs Tiller as a Deployment of extensions/v1beta1, an API version Kubernetes 1.16 removed: the API server answers NotFound for the whole resource type, not for one object."
        : `The API server answers NotFound for a resource type, not for an object: the client${c.verb ? ` (${c.verb} ${c.resource})` : ''} uses an API group or version the cluster does not serve. An API removed in this Kubernetes release, a client much older or newer than the cluster, a custom resource whose CRD is not installed, or an aggregated API (metrics) that is not registered.`,
    causes: ['An API version removed from the cluster (extensions/v1beta1, apps/v1beta2, policy/v1beta1…)', 'A client or tool much older than the cluster (Helm 2, an old client-go)', 'A CRD or aggregated API that is not installed'],
    fixes: (c) => [
      c.installing
        ? fix('Render Tiller for apps/v1, or move to Helm 3', ['Helm 3 needs no Tiller at all; to keep Helm 2, render the manifest and change its API version before applying it.'], "helm init --service-account tiller --output yaml | sed 's@apiVersion: extensions/v1beta1@apiVersion: apps/v1@' | sed 's@  replicas: 1@  replicas: 1\\n  selector: {\"matchLabels\": {\"app\": \"helm\", \"name\": \"tiller\"}}@' | kubectl apply -f -")
        : fix(`See which API versions the cluster serves${c.resource ? ` for ${c.resource}` : ''}`, [`Compare the group and version the client uses${c.verb ? ` to ${c.verb}` : ''} with those the API server lists; upgrade the client or the manifest, or install the CRD.`], `kubectl api-resources | grep -i ${c.resource ? c.resource.split('.')[0] : '<resource>'}\nkubectl api-versions\nkubectl version`),
    ],
    references: [API_CONVENTIONS, ref('Kubernetes: Deprecated API migration guide', `${K8S_DOCS}/reference/using-api/deprecation-guide/`)],
    samples: ['$HELM_HOME has been configured at /root/.helm.\nError: error installing: the server could not find the requested resource', 'E0614 10:02:11.417 1 reflector.go:138] failed to list *v1beta1.PodDisruptionBudget: the server could not find the requested resource (get poddisruptionbudgets.policy)'],
  },
  {
    id: 'k8s.conflict-modified',
    language: 'kubernetes',
    // A Conflict status's message, however it is shown: kubectl, a controller's Reconciler error (quotes escaped).
    match: /Operation cannot be fulfilled on (?<resource>[\w.-]{1,200}) \\?"(?<name>[^"\\\n]{1,253})\\?": (?<reason>[^\n"\\]{1,300})/,
    requires: /Operation cannot be fulfilled on /,
    errorType: 'Conflict',
    category: 'concurrency',
    // Above k8s.reconciler-error and k8s.status-reason around it.
    priority: 40,
    summary: (c) => `The API server refused to update ${c.resource} ${c.name} (Conflict): ${c.reason}`,
    explanation: (c) =>
      /has been modified/.test(c.reason)
        ? `Every object carries a resourceVersion; an update must send the version it read. ${c.name} changed between the read and the write (another controller, a second replica of the same operator, a user), so the API server refused the stale update with 409 Conflict. Controllers meet this routinely and retry; it is only a problem when it never stops.`
        : /ensuring all content is removed/.test(c.reason)
          ? `Namespace ${c.name} is being deleted: the namespace controller is still removing its content, and the namespace cannot be recreated or changed until it is gone.`
          : `The API server answered 409 Conflict for ${c.resource} ${c.name}: the object is not in the state the request assumed (it changed, was deleted and recreated, or is being deleted).`,
    causes: (c) => (/ensuring all content is removed/.test(c.reason) ? ['The namespace was just deleted and is still terminating'] : ['Another writer updated the object between read and write (two controllers, two operator replicas, a kubectl edit)', 'A controller that updates from a cached, stale copy without retrying']),
    fixes: (c) => [
      /ensuring all content is removed/.test(c.reason)
        ? fix(`Wait for ${c.name} to finish terminating`, ['Recreate it once it is gone; if it stays Terminating, its status conditions name what blocks it.'], `kubectl get ${c.resource} ${c.name} -o jsonpath='{.status.conditions}'`)
        : fix(`Read ${c.name} again and retry the update`, [`In a controller, re-fetch the ${c.resource} object and retry on conflict (client-go's retry.RetryOnConflict), or patch only the fields it owns; from kubectl, apply again or use server-side apply. A conflict that repeats for ever means two writers keep fighting over the object: find them in its managedFields.`], `kubectl get ${c.resource} ${c.name} -o yaml --show-managed-fields | less\nkubectl apply --server-side -f manifest.yaml`),
    ],
    references: [API_CONVENTIONS, ref('Kubernetes API concepts: resource versions', `${K8S_DOCS}/reference/using-api/api-concepts/#resource-versions`)],
    samples: [
      'ERROR\tReconciler error\t{"controller": "solrcloud", "namespace": "default", "name": "foo", "error": "Operation cannot be fulfilled on solrclouds.solr.apache.org \\"foo\\": the object has been modified; please apply your changes to the latest version and try again"}',
      'Error from server (Conflict): error when applying patch: Operation cannot be fulfilled on deployments.apps "web": the object has been modified; please apply your changes to the latest version and try again',
    ],
  },
  {
    id: 'k8s.exec-plugin-api-version',
    language: 'kubernetes',
    match: /exec plugin: invalid apiVersion "(?<version>[^"\n]{1,100})"/,
    requires: /exec plugin: invalid apiVersion/,
    errorType: 'invalid apiVersion',
    category: 'configuration',
    priority: 45,
    summary: (c) => `kubectl does not support the credential plugin API version ${c.version} that the kubeconfig names.`,
    explanation: (c) =>
      /v1alpha1$/.test(c.version)
        ? `The kubeconfig's user entry runs an exec credential plugin with apiVersion ${c.version}. kubectl 1.24 removed that version: kubeconfigs written by older AWS CLIs (aws eks update-kubeconfig), aws-iam-authenticator or other tools still name it, and stop working once kubectl is upgraded.`
        : `The kubeconfig's user entry names ${c.version} for its exec credential plugin, a version this kubectl does not know: kubectl is older than the tool that wrote the kubeconfig, or the version is misspelt.`,
    causes: ['A kubeconfig written by an old AWS CLI or aws-iam-authenticator (client.authentication.k8s.io/v1alpha1)', 'kubectl upgraded past 1.23 while the kubeconfig stayed', 'kubectl older than the tool that wrote the kubeconfig'],
    fixes: (c) => [
      fix('Upgrade the tool that writes the kubeconfig, then write it again', [`Regenerate the entry so it names a version kubectl supports (v1beta1 or v1), or replace ${c.version} in the kubeconfig by hand.`], `aws --version   # 1.24.0+ / 2.7.0+ write v1beta1\naws eks update-kubeconfig --name <cluster> --region <region>\n# or by hand:\nsed -i 's#${c.version}#client.authentication.k8s.io/v1beta1#' ~/.kube/config`),
    ],
    references: [ref('Kubernetes: client-go credential plugins', `${K8S_DOCS}/reference/access-authn-authz/authentication/#client-go-credential-plugins`)],
    samples: ['$ kubectl version\nerror: exec plugin: invalid apiVersion "client.authentication.k8s.io/v1alpha1"', 'Unable to connect to the server: getting credentials: exec plugin: invalid apiVersion "client.authentication.k8s.io/v1alpha1"'],
  },
  {
    id: 'k8s.helm-template-function',
    language: 'kubernetes',
    // Helm 3 ("parse error at (file:line)"), Helm 2 ("parse error in "file": template: …"), or Go's template error on a chart's file.
    match: /(?:parse error at \((?<template>[^()\n]{1,300}):(?<line>\d{1,6})\)|parse error in "(?<file>[^"\n]{1,300})"|template: (?<chartFile>[^:\n]{0,300}\/templates\/[^:\n]{1,300}):(?<chartLine>\d{1,6})): (?:template: [^\n]{0,300}?: )?function "(?<function>[\w.]{1,100})" not defined/,
    requires: /" not defined/,
    errorType: 'function not defined',
    category: 'syntax',
    priority: 40,
    summary: (c) => `Helm cannot parse the chart's template ${c.template ?? c.file ?? c.chartFile}: it calls ${c.function}, which this Helm does not have.`,
    explanation: (c) =>
      `Go templates look functions up when they parse a file, and ${c.function} is not among the functions this Helm provides (Go's own, Sprig's, and Helm's include, tpl, required, lookup…). ${c.function === 'lookup' ? 'lookup came with Helm 3 (3.1): Helm 2, and tools that render charts with an older Helm library, do not have it.' : 'Either the chart needs a newer Helm than the one running, the name is misspelt, or the function belongs to another tool (helmfile\'s requiredEnv and exec, Sprig\'s env and expandenv that Helm leaves out).'}`,
    causes: ['A chart (or a dependency of it) written for a newer Helm', 'A function that belongs to another tool (helmfile, gomplate) or that Helm leaves out', 'A typo in the function name'],
    fixes: (c) => [
      fix(`Use a Helm that has ${c.function}, or change the template`, [`Check the chart's required Helm version and upgrade Helm (and any tool that embeds it: Argo CD, helmfile, Terraform's provider); otherwise replace ${c.function} in ${c.template ?? c.file ?? c.chartFile}${c.line ?? c.chartLine ? ` (line ${c.line ?? c.chartLine})` : ''}.`], `helm version\ngrep -rn '${c.function}' ${(c.template ?? c.file ?? c.chartFile ?? '').split('/')[0] || '.'}/`),
    ],
    references: [ref('Helm: Template function list', 'https://helm.sh/docs/chart_template_guide/function_list/')],
    samples: [
      'Error: parse error at (rasa/charts/postgresql/charts/common/templates/_secrets.tpl:84): function "lookup" not defined',
      'Error: parse error in "mychart/templates/configmap.yaml": template: mychart/templates/configmap.yaml:7: function "requiredEnv" not defined',
    ],
  },
  {
    id: 'k8s.helm-timed-out',
    language: 'kubernetes',
    // helm install/upgrade --wait and Helm's hooks; kubectl wait.
    match: /Error: (?<phase>(?:INSTALLATION FAILED: |UPGRADE FAILED: )?(?:failed (?:pre|post)-(?:install|upgrade|rollback|delete): |(?:pre|post)-(?:install|upgrade|rollback|delete) hooks failed: |release [\w.-]{1,53} failed(?:, and has been (?:rolled back|uninstalled) due to atomic being set)?: )?)timed out waiting for the condition|error: timed out waiting for the condition(?: on (?<object>[\w./-]{1,300}))?$|error execution phase (?<kubeadmPhase>[\w/-]{1,60}): [^\n]{0,300}?timed out waiting for the condition/m,
    requires: /timed out waiting for the condition/,
    errorType: 'timed out waiting for the condition',
    category: 'runtime',
    // Below the kubelet's and minikube's errors that end with the same words.
    priority: 30,
    summary: (c) =>
      c.kubeadmPhase
        ? `kubeadm's ${c.kubeadmPhase} phase gave up waiting on the cluster.`
        : c.object
          ? `kubectl wait gave up: ${c.object} did not reach the condition in time.`
          : `Helm gave up waiting${/hook|pre-|post-/.test(c.phase ?? '') ? ' for a hook of the release' : " for the release's resources to become ready"}.`,
    explanation: (c) =>
      c.kubeadmPhase
        ? `kubeadm waited in its ${c.kubeadmPhase} phase for the node's kubelet or the new control plane, and they did not answer in time: a kubelet that is not running (swap, cgroup driver, container runtime) or an API server that is not reachable from this node.`
        : c.object
        ? `kubectl wait polls ${c.object} until its condition holds or --timeout passes (30 s by default). The object is still not there: its pods are pending, crash-looping or failing their readiness probes.`
        : /hook|pre-|post-/.test(c.phase ?? '')
          ? 'A Helm hook (a Job annotated helm.sh/hook, such as a database migration) did not complete before the timeout (5 minutes by default): its pod is pending, failing and retrying, or waiting for something that is not there yet.'
          : "With --wait (or --atomic) Helm waits until the release's Deployments, StatefulSets and Jobs are ready and its PersistentVolumeClaims bound, up to --timeout (5 minutes by default). Something never became ready: pods pending for resources or storage, images that cannot be pulled, containers crash-looping or failing readiness.",
    causes: ['Pods that cannot be scheduled or cannot pull their images', 'Containers crash-looping or failing their readiness probes', 'A hook Job that fails or hangs', 'A timeout too short for slow images or start-ups'],
    fixes: (c) => [
      c.kubeadmPhase
        ? fix(`Check the kubelet and the API server, then run the ${c.kubeadmPhase} phase again`, ['Read the kubelet\'s log on this node; reset before running kubeadm again.'], 'systemctl status kubelet\njournalctl -xeu kubelet | tail -50\nsudo kubeadm reset -f')
        : c.object
        ? fix(`See why ${c.object} is not ready`, [], `kubectl describe ${c.object}\nkubectl get events --sort-by=.lastTimestamp | tail -20`)
        : fix('Look at what the release is waiting for', ['List the pods and jobs of the namespace and read the events of those not ready; then fix them, or give Helm a longer --timeout.'], 'kubectl get pods,jobs,pvc -n <namespace>\nkubectl describe pod <not-ready-pod> -n <namespace>\nkubectl get events -n <namespace> --sort-by=.lastTimestamp | tail -20\nhelm upgrade --install <release> <chart> -n <namespace> --wait --timeout 15m'),
    ],
    references: [ref('Helm: helm install (--wait, --timeout)', 'https://helm.sh/docs/helm/helm_install/'), ref('Helm: Chart hooks', 'https://helm.sh/docs/topics/charts_hooks/')],
    samples: ['$ helm install karmada ./charts --namespace=karmada-system --create-namespace\nError: failed pre-install: timed out waiting for the condition', '"stderr": "Error: timed out waiting for the condition",', 'error: timed out waiting for the condition on deployments/web'],
  },
  {
    id: 'k8s.aws-waiter-not-ready',
    language: 'kubernetes',
    // The AWS SDK for Go's waiters, as eksctl and clusterawsadm report a CloudFormation stack that failed.
    match: /waiting for CloudFormation stack "(?<stack>[\w-]{1,128})": ResourceNotReady: (?<detail>failed waiting for successful resource state|exceeded wait attempts)|ResourceNotReady: (?<detail2>failed waiting for successful resource state|exceeded wait attempts)/,
    requires: /ResourceNotReady: /,
    errorType: 'ResourceNotReady',
    category: 'configuration',
    priority: 40,
    summary: (c) => `The AWS resource${c.stack ? ` (CloudFormation stack ${c.stack})` : ''} did not reach a successful state: ${c.detail ?? c.detail2}.`,
    explanation: (c) =>
      /exceeded wait attempts/.test(c.detail ?? c.detail2)
        ? 'The tool waited for the resource as long as its waiter allows and it was still being created or updated: a slow resource (an EKS control plane takes 10 to 15 minutes), or one stuck in progress.'
        : `The tool created${c.stack ? ` the CloudFormation stack ${c.stack}` : ' a CloudFormation stack (or another AWS resource)'} and waited for it; it ended in a failed state (CREATE_FAILED, ROLLBACK_COMPLETE), so the waiter stopped. The reason is not in this message but in the stack's events: the first resource that failed, usually for missing IAM permissions, a name that already exists, or a service quota.`,
    causes: ['Missing IAM permissions for a resource in the stack', 'A resource (IAM role, policy, stack) of the same name already exists', 'A service quota or an unsupported region or availability zone'],
    fixes: (c) => [
      fix('Read the stack\'s events for the first failure', [`Find the first CREATE_FAILED event and its reason, fix it, delete the failed stack${c.stack ? ` ${c.stack}` : ''} and run the tool again.`], `aws cloudformation describe-stack-events --stack-name ${c.stack ?? '<stack>'} --query "StackEvents[?contains(ResourceStatus,'FAILED')].[LogicalResourceId,ResourceStatusReason]" --output table\naws cloudformation delete-stack --stack-name ${c.stack ?? '<stack>'}`),
    ],
    references: [ref('AWS CloudFormation: Troubleshooting', 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/troubleshooting.html')],
    samples: ['Attempting to create AWS CloudFormation stack cluster-api-provider-aws-sigs-k8s-io\nError: failed to create AWS CloudFormation stack: ResourceNotReady: failed waiting for successful resource state', '[✖]  waiting for CloudFormation stack "eksctl-demo-cluster": ResourceNotReady: failed waiting for successful resource state'],
  },
  {
    id: 'k8s.azure-authorization-failed',
    language: 'kubernetes',
    // Azure Resource Manager's refusal as the az CLI, the aks-set-context action or Terraform print it.
    match: /AuthorizationFailed\W{1,12}(?:[Mm]essage\W{1,6})?The client '(?<client>[^'\n]{1,200})' with object id '(?<objectId>[^'\n]{1,100})' does not have authorization to perform action '(?<action>[^'\n]{1,300})' over scope '(?<scope>[^'\n]{1,500})'/,
    requires: /AuthorizationFailed/,
    errorType: 'AuthorizationFailed',
    category: 'permission',
    priority: 40,
    summary: (c) => `Azure refused the action ${c.action}: the identity ${c.client} has no role that allows it on that scope.`,
    explanation: (c) =>
      `Azure role-based access control checks each action against the role assignments of the identity (object id ${c.objectId}) at the scope and its parents. None of them includes ${c.action}. ${/managedClusters\/(?:accessProfiles|listCluster)/.test(c.action) ? 'Getting an AKS cluster\'s kubeconfig needs a role with the listClusterUserCredential or listClusterAdminCredential action (Azure Kubernetes Service Cluster User Role or Cluster Admin Role), which Reader does not give. ' : ''}A role granted moments ago is only seen after a new sign-in (a fresh token), and may take a few minutes to propagate.`,
    causes: ['No role assignment with this action for the identity (a service principal or managed identity in CI)', 'The role is assigned at another scope (another resource group or subscription)', 'A role granted recently, with the old token still in use'],
    fixes: (c) => [
      fix(`Assign a role that includes ${c.action}`, [`Assign the role to object id ${c.objectId} (the client ${c.client}) at the scope, then sign in again.`], `az role assignment list --assignee ${c.objectId} --all -o table\naz role assignment create --assignee ${c.objectId} --role "${/managedClusters/.test(c.action) ? (/clusterAdmin|listClusterAdmin/.test(c.action + c.scope) ? 'Azure Kubernetes Service Cluster Admin Role' : 'Azure Kubernetes Service Cluster User Role') : '<role>'}" --scope '${c.scope}'`),
    ],
    references: [ref('Azure RBAC: Troubleshoot', 'https://learn.microsoft.com/azure/role-based-access-control/troubleshooting'), ref('AKS: Control access to cluster configuration', 'https://learn.microsoft.com/azure/aks/control-kubeconfig-access')],
    samples: [
      `Error: {"error":{"code":"AuthorizationFailed","message":"The client 'c0ffee00-1111-2222-3333-444455556666' with object id '9a8b7c6d-0000-1111-2222-333344445555' does not have authorization to perform action 'Microsoft.ContainerService/managedClusters/accessProfiles/listCredential/action' over scope '/subscriptions/0000/resourceGroups/rg-aks/providers/Microsoft.ContainerService/managedClusters/aks-dev/accessProfiles/clusterAdmin' or the scope is invalid."}}`,
      "(AuthorizationFailed) The client 'deploy@contoso.com' with object id '1234abcd-0000-1111-2222-333344445555' does not have authorization to perform action 'Microsoft.ContainerService/managedClusters/listClusterUserCredential/action' over scope '/subscriptions/0000/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/prod' or the scope is invalid. If access was recently granted, please refresh your credentials.",
    ],
  },
];

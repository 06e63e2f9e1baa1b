import type { Captures, ErrorPattern } from '../rules/error-pattern';
import type { Fix, Reference } from '../translation';

/**
 * The Kubernetes API server's answers and the kubelet's events beyond containers.patterns.ts: the
 * status reasons kubectl prints as "Error from server (Reason)", client-side validation, admission
 * webhooks, the metrics API, pod security and storage provisioning. The type is the reason or event
 * name Kubernetes gives (README: the kubelet's event reasons), else the message's phrase.
 */

const K8S_DOCS = 'https://kubernetes.io/docs';
const fix = (title: string, steps: string[], code: string | null = null): Fix => ({ title, steps, code });
const ref = (title: string, url: string): Reference => ({ title, url });
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
};

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
    match: /Error from server \((?<reason>AlreadyExists|BadRequest|Conflict|Invalid|InternalError|ServiceUnavailable|Timeout|TooManyRequests|MethodNotAllowed|Gone|NotFound)\): (?<message>[^\n]{0,400})/,
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
    match: /error validating data: (?:\[)?ValidationError\((?<path>[^)\n]{1,200})\): (?<problem>unknown field "(?<field>[^"\n]{1,100})"|missing required field "(?<missing>[^"\n]{1,100})"|invalid type for [^\n]{1,200})|strict decoding error: unknown field "(?<field2>[^"\n]{1,200})"/,
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
    match: /failed calling webhook "(?<webhook>[^"\n]{1,253})"(?<detail>[^\n]{0,400})/,
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
    match: /(?<runAsNonRoot>container has runAsNonRoot and image will run as root)|(?<sandbox>FailedCreatePodSandBox)\b[^\n]{0,300}?Failed to create pod sandbox: (?<sandboxDetail>[^\n]{0,300})|(?<provisioning>ProvisioningFailed)\b(?=(?:[^\n]{0,300}?storageclass\.storage\.k8s\.io "(?<storageClass>[^"\n]{1,100})" not found)?)(?<provisioningDetail>[^\n]{0,300})|unable to forward port because pod is not running\. Current status=(?<phase>\w{1,20})/,
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
      if (c.sandbox) return `Before any container starts, the runtime creates the pod's sandbox and the CNI plugin gives it an IP. That failed: ${c.sandboxDetail || 'see the event message'}. Usually the network plugin (Calico, Flannel, Cilium) is not running or not authorised, has no free addresses, or the runtime is misconfigured.`;
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
    samples: ['Warning  Failed  12s  kubelet  Error: container has runAsNonRoot and image will run as root', 'Warning  ProvisioningFailed  persistentvolume-controller  storageclass.storage.k8s.io "fast" not found'],
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
];

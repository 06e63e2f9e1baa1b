import type { ErrorPattern } from '../rules/error-pattern';

import { fix, ref } from './answer-parts';

/**
 * A ninth catalog pass over the Kubernetes family, from what people paste out of the kubelet's journal, kubectl's
 * credential plugins, Helm 2, Pulumi, Ansible and the Java client, where the engine answered with Go's, the shell's or
 * Docker's answer, a generic one, or none: an exec plugin returning another client.authentication.k8s.io version, a
 * Forbidden message whose quotes arrived escaped, the network error under Pulumi's "unable to load schema information
 * from the API server", the lifecycle hook event rows, the kubelet's image garbage collection, its CreateContainerError
 * and pod sandbox failures logged without an event row, client-go's "no kind … is registered for version", the API
 * server's deprecation warnings, Helm 2's refused connection to the API server, kubelogin's own flag errors, old kubectl's "Error from server: error when creating … already exists" and
 * the Java client's ApiException. The type is the reason Kubernetes gives, else the tool's phrase, else the network
 * error underneath (corpus README, kubernetes row).
 */

const K8S_DOCS = 'https://kubernetes.io/docs';
const DEBUG_PODS = ref('Kubernetes: Debug Pods', `${K8S_DOCS}/tasks/debug/debug-application/debug-pods/`);
const EXEC_PLUGINS = ref(
  'Kubernetes: client-go credential plugins',
  `${K8S_DOCS}/reference/access-authn-authz/authentication/#client-go-credential-plugins`,
);

export const KUBERNETES_CATALOG9_PATTERNS: readonly ErrorPattern[] = [
  // ---------------------------------------------------------------- credentials and access
  {
    id: 'k8s.exec-plugin-version-mismatch',
    language: 'kubernetes',
    // client-go's check of the ExecCredential an exec plugin printed, under kubectl's "Unable to connect to the server".
    match:
      /exec plugin is configured to use API version (?<want>client\.authentication\.k8s\.io\/v[\w]{1,12}), plugin returned version (?<got>client\.authentication\.k8s\.io\/v[\w]{1,12})/,
    requires: /plugin returned version/,
    errorType: 'invalid apiVersion',
    category: 'configuration',
    // Above k8s.unable-to-connect (35) around it.
    priority: 45,
    summary: (c) => `The kubeconfig's exec plugin returned a credential of ${c.got}, but the kubeconfig asks for ${c.want}.`,
    explanation: (c) =>
      `The user's exec section in the kubeconfig names apiVersion ${c.want}; the credential plugin (aws eks get-token, aws-iam-authenticator, gke-gcloud-auth-plugin, kubelogin…) answered with an ExecCredential of ${c.got}. ` +
      'The plugin is older or newer than the kubeconfig that was generated for it: an old AWS CLI still prints v1alpha1, which clients from Kubernetes 1.24 no longer accept.',
    causes: [
      'An old AWS CLI or aws-iam-authenticator that prints client.authentication.k8s.io/v1alpha1',
      'A kubeconfig generated for another version of the plugin',
    ],
    fixes: (c) => [
      fix(
        'Bring the plugin and the kubeconfig to the same API version',
        [
          'Upgrade the credential plugin (the AWS CLI for aws eks get-token) and regenerate the kubeconfig with it',
          `Or edit the exec apiVersion in the kubeconfig to ${c.got ?? 'the version the plugin returns'} when the client supports it`,
        ],
        'aws --version\naws eks update-kubeconfig --name <cluster> --region <region>\nkubectl config view --minify -o jsonpath=\'{.users[0].user.exec.apiVersion}\'',
      ),
    ],
    references: [EXEC_PLUGINS],
    samples: [
      'Unable to connect to the server: getting credentials: exec plugin is configured to use API version client.authentication.k8s.io/v1beta1, plugin returned version client.authentication.k8s.io/v1alpha1',
    ],
  },
  {
    id: 'k8s.forbidden-escaped-quotes',
    language: 'kubernetes',
    // The RBAC refusal quoted from a JSON body or a browser's network tab, its quotes still escaped.
    match:
      /(?<resource>[\w.-]{1,100}) is forbidden: User \\{1,3}"(?<user>[^"\\\n]{1,200})\\{1,3}" cannot (?<verb>[a-z]{1,30}) (?:resource \\{1,3}"(?<res2>[^"\\\n]{1,100})\\{1,3}"|[\w.-]{1,100})/,
    requires: /is forbidden: User \\/,
    errorType: 'Forbidden',
    category: 'permission',
    priority: 40,
    summary: (c) => `RBAC does not allow ${c.user} to ${c.verb} ${c.res2 ?? c.resource}.`,
    explanation: (c) =>
      `The API server authenticated the request as ${c.user} but no Role or ClusterRole bound to it allows the verb "${c.verb}" on ${c.res2 ?? c.resource}. ` +
      'A pod talks to the API as its service account (the namespace\'s "default" one unless serviceAccountName says otherwise), which has no rights until a RoleBinding or ClusterRoleBinding grants them.',
    causes: [
      'The pod runs as a service account without a RoleBinding for this resource',
      'A Role granted in one namespace while the request lists across the cluster (a ClusterRole is needed)',
      'serviceAccountName missing from the pod spec, so it runs as "default"',
    ],
    fixes: (c) => [
      fix(
        'Grant the verb to the service account',
        ['Check what the account may do, then bind a Role (one namespace) or a ClusterRole (cluster scope) that allows it'],
        `kubectl auth can-i ${c.verb ?? 'list'} ${c.res2 ?? c.resource ?? 'pods'} --as=${c.user ?? 'system:serviceaccount:<ns>:<sa>'}\nkubectl create clusterrolebinding <name> --clusterrole=view --serviceaccount=<ns>:<sa>`,
      ),
    ],
    references: [ref('Kubernetes: Using RBAC Authorization', `${K8S_DOCS}/reference/access-authn-authz/rbac/`)],
    samples: [
      'pods is forbidden: User \\"system:serviceaccount:default:default\\" cannot list pods at the cluster scope: Unknown user \\"system:serviceaccount:default:default\\"',
    ],
  },
  {
    id: 'k8s.kubelogin-flag',
    language: 'kubernetes',
    // kubelogin's own cobra errors: an old kubelogin (the int128 one, or a chocolatey copy) given Azure's flags.
    match:
      /^(?=[\s\S]{0,4000}?\bkubelogin\b)[\s\S]{0,4000}?error: unknown (?<shorthand>shorthand )?flag: (?<flag>'\w' in -\w|--?[\w-]{1,60})/,
    requires: /unknown (?:shorthand )?flag/,
    errorType: (c) => (c.shorthand ? 'unknown shorthand flag' : 'unknown flag'),
    category: 'configuration',
    // Above k8s.auth-provider (44): the plugin's exit code is this error.
    priority: 46,
    summary: (c) => `kubelogin does not know the flag ${c.flag}: another kubelogin than Azure's is on the PATH, or an old one.`,
    explanation:
      "Two programs are called kubelogin: Azure's (convert-kubeconfig, get-token --environment, -l azurecli) and int128's OIDC plugin (oidc-login). A kubeconfig or a command written for Azure's kubelogin fails with cobra's unknown-flag error when the other one, or an old Azure release installed by another package manager, comes first on the PATH; kubectl then reports the plugin's exit code.",
    causes: [
      "int128's kubelogin (or an old Azure kubelogin from chocolatey or brew) found before Azure's on the PATH",
      'A kubeconfig converted for a newer kubelogin than the one installed',
    ],
    fixes: [
      fix(
        "Install Azure's kubelogin and make it the one on the PATH",
        ['Check which binary runs and its version, remove the other one, reinstall with az aks install-cli or winget, and convert the kubeconfig again'],
        'which -a kubelogin   # where.exe kubelogin on Windows\nkubelogin --version\naz aks install-cli\nkubelogin convert-kubeconfig -l azurecli',
      ),
    ],
    references: [ref('Azure kubelogin: installation', 'https://azure.github.io/kubelogin/install.html')],
    samples: ["kubelogin convert-kubeconfig -l azurecli\nerror: unknown shorthand flag: 'l' in -l"],
  },
  // ---------------------------------------------------------------- clients: network errors, versions, deprecations
  {
    id: 'k8s.schema-load-network',
    language: 'kubernetes',
    // Pulumi's Kubernetes provider (and kubectl's older validation) reading the OpenAPI schema through a failing network.
    match:
      /(?:unable to load schema information from the API server|configured Kubernetes cluster is unreachable): [^\n]{0,400}?(?<net>TLS handshake timeout|i\/o timeout|no such host|connection refused|context deadline exceeded)/,
    requires: /unable to load schema information|configured Kubernetes cluster is unreachable/,
    errorType: (c) => c.net ?? 'TLS handshake timeout',
    category: 'network',
    // Above go.timeout (8) and go.connection-refused (10).
    priority: 30,
    summary: (c) => `The Kubernetes provider could not reach the API server (${c.net}).`,
    explanation: (c) =>
      `Before creating or diffing resources, the provider downloads the API server's OpenAPI schema; the request failed with "${c.net}". ` +
      'The cluster in the kubeconfig or provider configuration is not reachable from here: a private endpoint seen from outside its network, a cluster still being created or already deleted, a proxy or VPN in the way, or a wrong server address.',
    causes: [
      "A private or firewalled API server endpoint",
      'The cluster is being created, upgraded or was deleted',
      'A stale kubeconfig naming an old address',
    ],
    fixes: [
      fix(
        'Check the API server from the same machine',
        ['Compare the server the provider uses with the cluster, and reach it directly'],
        'kubectl config view --minify -o jsonpath=\'{.clusters[0].cluster.server}\'\nkubectl get --raw /readyz --request-timeout=10s',
      ),
    ],
    references: [ref('Pulumi: Kubernetes provider configuration', 'https://www.pulumi.com/registry/packages/kubernetes/installation-configuration/')],
    samples: [
      'Diagnostics:\n  kubernetes:core:Service (test):\n    error: unable to load schema information from the API server: Get https://35.227.186.103/openapi/v2?timeout=32s: net/http: TLS handshake timeout',
    ],
  },
  {
    id: 'k8s.helm-legacy-connection-refused',
    language: 'kubernetes',
    // Helm 2 ("helm init", "helm install" before 3.0) printing client-go's refused request to the API server bare.
    match:
      /(?:^(?=[\s\S]{0,3000}?\b(?:helm|tiller)\b)[\s\S]{0,3000}?Error|error installing): Get "?https?:\/\/(?<server>[^/"\s]{1,200})\/(?:version|api)\b[^\s"]{0,300}"?: dial tcp [^\n]{0,200}?(?:connection refused|actively refused it)/i,
    requires: /connection refused|actively refused/,
    errorType: 'connection refused',
    category: 'configuration',
    // Above go.connection-refused (10).
    priority: 30,
    summary: (c) =>
      c.server?.startsWith('localhost:8080')
        ? 'Helm has no cluster configured (no kubeconfig), so it tried localhost:8080.'
        : `Helm cannot reach the API server at ${c.server}.`,
    explanation: (c) =>
      c.server?.startsWith('localhost:8080')
        ? 'localhost:8080 is client-go\'s default when no kubeconfig is found: ~/.kube/config is missing, KUBECONFIG points to nothing, or Helm runs as another user (sudo, a CI job).'
        : 'The kubeconfig Helm reads names an API server that refuses connections: the local cluster (minikube, kind, Docker Desktop) is stopped, or the control plane is down.',
    causes: ['No kubeconfig for the user running Helm', 'The cluster is stopped or its API server is down', 'KUBECONFIG or --kube-context pointing elsewhere'],
    fixes: [
      fix(
        'Point Helm at a running cluster',
        ['Check that kubectl reaches the same cluster, then run Helm with that kubeconfig'],
        'kubectl config current-context\nkubectl cluster-info\nexport KUBECONFIG=$HOME/.kube/config',
      ),
    ],
    references: [ref('Helm: Kubernetes cluster access', 'https://helm.sh/docs/intro/install/')],
    samples: [
      'PS D:\\Users\\leove> helm install stable/voyager --name my-release --set cloudProvider=$provider\nError: Get http://localhost:8080/version: dial tcp [::1]:8080: connect: connection refused',
    ],
  },
  {
    id: 'k8s.no-kind-registered',
    language: 'kubernetes',
    // apimachinery's scheme refusing a kind it was not built with (kubectl, a controller or a plugin older than the object).
    match: /no kind "(?<kind>(?!ExecCredential")[A-Z]\w{0,80})" is registered for version "(?<version>[^"\n]{1,100})"/,
    requires: /is registered for version/,
    errorType: 'no kind is registered for version',
    category: 'configuration',
    priority: 30,
    summary: (c) => `The client does not know ${c.kind} in ${c.version}.`,
    explanation: (c) =>
      `The program decodes objects with a compiled-in scheme, and ${c.kind} of ${c.version} is not in it: the client (kubectl, a controller, a kubectl plugin) is older than the API version the object or server uses, or the program never registered that API group.`,
    causes: ['A kubectl or client library older than the API version in the manifest', 'A controller that did not add the API group to its scheme'],
    fixes: (c) => [
      fix(
        'Use a client that knows the version, or the version the client knows',
        [`Upgrade kubectl (or the program) to match the cluster, or write the manifest with an apiVersion for ${c.kind} that the client supports`],
        `kubectl version\nkubectl api-resources | grep -i ${c.kind ?? '<kind>'}   # the versions the cluster serves, beside ${c.version ?? 'the manifest\'s apiVersion'}`,
      ),
    ],
    references: [ref('Kubernetes: Version Skew Policy', 'https://kubernetes.io/releases/version-skew-policy/')],
    samples: ['error: no kind "Deployment" is registered for version "apps/v1beta1"'],
  },
  {
    id: 'k8s.deprecated-api-warning',
    language: 'kubernetes',
    // The API server's deprecation warning (kubectl's "Warning:", client-go's klog warnings.go line); any error wins.
    match:
      /(?<gv>[a-z][\w.-]{0,80}\/v\d\w{0,12}) (?<kind>[A-Z]\w{1,80}) is deprecated in v(?<since>\d{1,2}\.\d{1,3})\+, unavailable in v(?<removed>\d{1,2}\.\d{1,3})\+/,
    requires: /is deprecated in v/,
    errorType: 'is deprecated',
    category: 'configuration',
    priority: 1,
    summary: (c) => `${c.kind} of ${c.gv} is deprecated and is removed in Kubernetes ${c.removed}.`,
    explanation: (c) =>
      `The API server answers requests for ${c.gv} ${c.kind} with a warning: the version has been deprecated since Kubernetes ${c.since} and the server will not serve it from ${c.removed}. ` +
      'The request still succeeded; the manifest, chart or tool must move to the newer apiVersion before the cluster is upgraded' +
      (c.kind === 'PodSecurityPolicy' ? ' (PodSecurityPolicy has no successor version: it is replaced by Pod Security Admission).' : '.'),
    causes: ['A manifest or chart written for an older Kubernetes', 'A tool creating the old apiVersion'],
    fixes: (c) => [
      fix(
        'Move to the supported apiVersion before upgrading',
        ['Find what uses the deprecated API and update it (the deprecation guide lists the replacement)'],
        `kubectl get ${c.kind?.toLowerCase() ?? '<kind>'}.${c.gv?.split('/')[1] ?? 'v1'}.${c.gv?.split('/')[0] ?? '<group>'} -A\n# or scan the cluster and charts: kubent, pluto detect-helm`,
      ),
    ],
    references: [ref('Kubernetes: Deprecated API Migration Guide', `${K8S_DOCS}/reference/using-api/deprecation-guide/`)],
    samples: ['W0714 11:03:34.634539 1922149 warnings.go:70] policy/v1beta1 PodSecurityPolicy is deprecated in v1.21+, unavailable in v1.25+'],
  },
  {
    id: 'k8s.create-already-exists-legacy',
    language: 'kubernetes',
    // kubectl before 1.6 printed "Error from server:" without the reason, also inside an Ansible task's msg.
    match:
      /Error from server: error when creating \\?"(?<file>[^"\\\n]{1,300})\\?": (?<resource>[\w.-]{1,100}) \\?"(?<name>[^"\\\n]{1,253})\\?" already exists/,
    requires: /already exists/,
    errorType: 'AlreadyExists',
    category: 'runtime',
    priority: 40,
    summary: (c) => `${c.resource} "${c.name}" already exists, so kubectl create refused ${c.file}.`,
    explanation: (c) =>
      `kubectl create asks the API server to create every object in ${c.file}; the server answers AlreadyExists for ${c.resource} "${c.name}" because an object of that name is already there (a second run of the same playbook or script). create is not idempotent, apply is.`,
    causes: ['The same manifest created twice (a rerun of a playbook or script)', 'An object left over from an earlier install'],
    fixes: (c) => [
      fix('Apply instead of create, or skip what exists', ['Use kubectl apply, which creates or updates, or check for the object first'], `kubectl apply -f ${c.file ?? '<file>'}\nkubectl get ${c.resource ?? '<resource>'} ${c.name ?? '<name>'}`),
    ],
    references: [ref('Kubernetes: Declarative Management of Kubernetes Objects', `${K8S_DOCS}/tasks/manage-kubernetes-objects/declarative-config/`)],
    samples: [
      'msg: error running kubectl (/bin/kubectl --api-version=v1 create --filename=/etc/kubernetes/manifests/kube-system.yaml) command (rc=1): Error from server: error when creating "/etc/kubernetes/manifests/kube-system.yaml": namespaces "kube-system" already exists',
    ],
  },
  {
    id: 'k8s.status-json-reason',
    language: 'kubernetes',
    // The API server's Status object printed whole (curl, kubectl -v=8's "server response object", a client's body).
    match:
      /\\{0,3}"status\\{0,3}": ?\\{0,3}"Failure\\{0,3}",[\s\S]{0,2000}?\\{0,3}"reason\\{0,3}": ?\\{0,3}"(?<reason>Unauthorized|Forbidden|NotFound|AlreadyExists|Conflict|Gone|Invalid|ServerTimeout|Timeout|TooManyRequests|BadRequest|MethodNotAllowed|NotAcceptable|RequestEntityTooLarge|UnsupportedMediaType|InternalError|Expired|ServiceUnavailable)\\{0,3}"/,
    requires: /"Failure/,
    errorType: (c) => c.reason ?? 'BadRequest',
    category: 'runtime',
    // Below the patterns that read the message itself (k8s.forbidden, 40).
    priority: 25,
    summary: (c) => `The Kubernetes API server refused the request: ${c.reason}.`,
    explanation: (c) =>
      `The body is the API server's Status object; its reason, ${c.reason}, is the kind of refusal (the message beside it says what exactly). ` +
      (c.reason === 'Unauthorized'
        ? 'Unauthorized (401) means the server did not accept the credentials at all: an expired or wrong token, a client certificate from another cluster, or, on EKS, an IAM identity not mapped in the cluster (aws-auth or access entries).'
        : c.reason === 'Forbidden'
          ? 'Forbidden (403) means the user is known but RBAC (or an admission rule) does not allow the request.'
          : 'The code field beside it is the HTTP status.'),
    causes: ['Credentials the cluster does not accept (Unauthorized)', 'Missing RBAC rights (Forbidden)', 'An object that is missing or already exists (NotFound, AlreadyExists)'],
    fixes: [
      fix(
        'Check who you are to the cluster and what you may do',
        ['Compare the identity the client sends with what the cluster expects'],
        'kubectl auth whoami   # kubectl 1.28+\nkubectl auth can-i --list\naws sts get-caller-identity   # on EKS: the IAM identity that must be mapped',
      ),
    ],
    references: [ref('Kubernetes API concepts: Status', `${K8S_DOCS}/reference/using-api/api-concepts/#response-status-kind`)],
    samples: ['{\n  "kind": "Status",\n  "apiVersion": "v1",\n  "metadata": {\n\n  },\n  "status": "Failure",\n  "message": "Unauthorized",\n  "reason": "Unauthorized",\n  "code": 401'],
  },
  {
    id: 'k8s.exceeded-quota-capitalised',
    language: 'kubernetes',
    // The admission plugin's older capitalised wording (OpenShift 3, Kubernetes before 1.5): "Exceeded quota: …".
    match: /is forbidden: Exceeded quota: (?<quota>[^,\s]{1,253}), requested: (?<requested>[^\n]{1,200}?), used: (?<used>[^\n]{1,200}?), limited: (?<limited>[^\n]{1,200})/,
    requires: /Exceeded quota: /,
    errorType: 'exceeded quota',
    category: 'configuration',
    priority: 40,
    summary: (c) => `The ResourceQuota ${c.quota} is used up: requested ${c.requested}, used ${c.used}, limited ${c.limited}.`,
    explanation: (c) =>
      `The namespace's ResourceQuota "${c.quota}" caps what may exist in it, and creating this object would go past the cap (${c.limited}). Old objects count too: finished deployments' ReplicationControllers or ReplicaSets kept by the revision history, completed pods, unused PVCs.`,
    causes: ['Old revisions or finished objects still counted against the quota', 'A quota set lower than the workload needs'],
    fixes: (c) => [
      fix(
        'Free quota or raise it',
        ['Compare the quota with what is counted, remove what is no longer needed (lower revisionHistoryLimit), or ask for a larger quota'],
        `kubectl describe resourcequota ${c.quota ?? '<quota>'}\nkubectl get rc,rs --sort-by=.metadata.creationTimestamp`,
      ),
    ],
    references: [ref('Kubernetes: Resource Quotas', `${K8S_DOCS}/concepts/policy/resource-quotas/`)],
    samples: [' version 41: replicationcontrollers "app-41" is forbidden: Exceeded quota: object-counts, requested: replicationcontrollers=1, used: replicationcontrollers=20, limited: replicationcontrollers=20'],
  },
  // ---------------------------------------------------------------- the kubelet
  {
    id: 'k8s.lifecycle-hook-event',
    language: 'kubernetes',
    // The event rows of a failed postStart or preStop handler, whatever exit status the command had.
    match:
      /\b(?<reason>FailedPostStartHook|FailedPreStopHook)\b[^\n]{0,200}?(?:(?:Exec|HTTP|Http) lifecycle hook \((?<handler>[^\n]{0,200}?)\) for Container \\?"(?<container>[^"\\\n]{1,253})\\?"|[Hh]ook failed)/,
    requires: /FailedPostStartHook|FailedPreStopHook/,
    errorType: (c) => c.reason ?? 'FailedPostStartHook',
    category: 'runtime',
    // Above shell.ci-exit-status-catalog (21) reading the handler's "exited with 137".
    priority: 40,
    summary: (c) =>
      `The ${c.reason === 'FailedPreStopHook' ? 'preStop' : 'postStart'} handler of container ${c.container ?? 'the container'} failed.`,
    explanation: (c) =>
      c.reason === 'FailedPreStopHook'
        ? 'The kubelet ran the preStop handler before stopping the container and it failed or was cut off: exit status 137 means the container was killed while the handler ran (terminationGracePeriodSeconds elapsed, or the handler stopped the main process itself, as "nginx -s quit" does), 126/127 that the command is not in the image.'
        : 'The kubelet ran the postStart handler right after starting the container and it failed, so the kubelet killed the container and will restart it: exit status 137 means the container was killed while the handler still ran (the main process exited, or the handler blocked too long), 126/127 that the command is not in the image.',
    causes: [
      'The handler command is missing from the image (sleep, bash or curl in a distroless or scratch image)',
      'The main process exited or was killed while the handler ran',
      'A handler that takes longer than the grace period',
    ],
    fixes: [
      fix(
        'Run the handler by hand in the container',
        ['Exec the same command in a running container to see its output (handler logs are not kept), and make it exit 0 quickly'],
        'kubectl describe pod <pod>   # the event message has the command and its exit status\nkubectl exec <pod> -c <container> -- sh -c \'<handler command>; echo exit=$?\'',
      ),
    ],
    references: [ref('Kubernetes: Container Lifecycle Hooks', `${K8S_DOCS}/concepts/containers/container-lifecycle-hooks/`)],
    samples: [
      'FailedPostStartHook  Exec lifecycle hook ([/bin/sh -c cp -r conf/* ./ ]) for Container "base" in Pod "x_test(617f30ff-da04-42c3-9251-2ca26b918e4c)" failed - error: command \'/bin/sh -c cp -r conf/* ./ \' exited with 137: , message: ""',
    ],
  },
  {
    id: 'k8s.kubelet-gc-failed',
    language: 'kubernetes',
    // The kubelet's own log of its periodic garbage collection, which raises ImageGCFailed / ContainerGCFailed.
    match: /(?<what>Image|Container) garbage collection failed(?: once| multiple times)?(?:\. Stats initialization may not have completed yet)?: (?<detail>[^\n]{1,400})/,
    requires: /garbage collection failed/,
    errorType: (c) => (c.what === 'Container' ? 'ContainerGCFailed' : 'ImageGCFailed'),
    category: 'runtime',
    // Above docker.object-in-use (35) quoting the daemon's refusals inside it.
    priority: 40,
    summary: (c) => `The kubelet's ${c.what?.toLowerCase()} garbage collection failed: ${c.detail?.slice(0, 160)}.`,
    explanation: (c) =>
      c.what === 'Container'
        ? 'The kubelet periodically removes dead containers through the container runtime; the runtime did not answer in time or refused. A runtime that is overloaded or hung (PLEG problems often come with it) is the usual cause.'
        : 'When the image filesystem passes image-gc-high-threshold the kubelet deletes unused images; here it could not free enough space, because the images are in use (by stopped containers, or as parents of others), the disk is filled by something other than images, or the runtime refused the deletions. The node may next get DiskPressure and evict pods.',
    causes: [
      'Images still used by stopped containers or by other images',
      'The disk filled by logs, emptyDir volumes or other data rather than images',
      'A slow or hung container runtime',
    ],
    fixes: [
      fix(
        'Find what fills the node',
        ['Check the image filesystem, remove stopped containers and unused images through the runtime, and look for other large directories'],
        'df -h /var/lib/containerd /var/lib/docker /var/lib/kubelet 2>/dev/null\ncrictl rmi --prune          # or: docker system prune\nsudo du -xh --max-depth=2 /var | sort -h | tail',
      ),
    ],
    references: [ref('Kubernetes: Garbage Collection of unused containers and images', `${K8S_DOCS}/concepts/architecture/garbage-collection/#containers-images`)],
    samples: [
      'Jul 13 14:45:25 node origin-node[5119]: E0713 14:45:25.353673    5119 kubelet.go:1146] Image garbage collection failed: wanted to free 6607811379, but freed 7438123270 space with errors in image deletion: [Error response from daemon: {"message":"conflict: unable to delete 8427ca8443f7 (cannot be forced) - image has dependent child images"}]',
    ],
  },
  {
    id: 'k8s.kubelet-create-container-error',
    language: 'kubernetes',
    // The kubelet's log of a container it could not create, without the pod's STATUS or event row.
    match:
      /(?:container start failed|failed to "StartContainer" for "(?<container>[^"\n]{1,253})" with): (?<reason>CreateContainerError|CreateContainerConfigError): \\?"?(?<detail>[^\n"\\]{0,300})/,
    requires: /CreateContainer(?:Config)?Error/,
    errorType: (c) => c.reason ?? 'CreateContainerError',
    category: 'runtime',
    // Above go.timeout (8) reading the runtime's "context deadline exceeded".
    priority: 38,
    summary: (c) => `The kubelet could not create ${c.container ? `container ${c.container}` : 'the container'} (${c.reason}): ${c.detail?.slice(0, 160) || 'the runtime refused it'}.`,
    explanation: (c) =>
      c.reason === 'CreateContainerConfigError'
        ? 'The kubelet could not build the container\'s configuration: a Secret or ConfigMap (or one of its keys) that an env or envFrom entry references does not exist, or runAsNonRoot cannot be verified for the image.'
        : /deadline|timeout/i.test(c.detail ?? '')
          ? 'The container runtime did not finish creating the container within the kubelet\'s deadline: the node\'s disk is slow or full, the runtime is overloaded (many containers starting at once), or it is hung. The kubelet retries.'
          : 'The container runtime refused to create the container; its message says why (a mount that cannot be made, a name still used by an old container, a bad security setting).',
    causes: [
      'A slow, full or overloaded node disk and container runtime',
      'A Secret or ConfigMap the container references is missing',
      'An old container still holding the name',
    ],
    fixes: [
      fix(
        "Read the pod's events and the runtime's log on the node",
        ['The event row carries the same message; the runtime (containerd, CRI-O, Docker) logs the cause'],
        'kubectl describe pod <pod>\njournalctl -u containerd -u crio -u docker --since "15 min ago" | tail -50\ncrictl ps -a | head',
      ),
    ],
    references: [DEBUG_PODS],
    samples: [
      'sept. 20 16:49:29 erebos kubelet[8665]: E0920 16:49:29.093065    8665 kuberuntime_manager.go:703] init container start failed: CreateContainerError: context deadline exceeded',
    ],
  },
  {
    id: 'k8s.kubelet-sandbox-log',
    language: 'kubernetes',
    // The kubelet's log lines for a pod sandbox it could not create (the event row is FailedCreatePodSandBox).
    match:
      /(?:CreatePodSandbox for pod \\?"(?<pod>[^"\\\n]{1,300})\\?" failed|RunPodSandbox from runtime service failed|failed to "CreatePodSandbox" for \\?"(?<pod2>[^"\\\n]{1,300})\\?" with CreatePodSandboxError)(?:: (?<detail>[^\n]{1,300}))?/,
    requires: /PodSandbox/,
    errorType: 'FailedCreatePodSandBox',
    category: 'runtime',
    // Above go.timeout (8); below k8s.pod-sandbox-message (30) when the event's wording is there too.
    priority: 28,
    summary: (c) => `The kubelet could not create the sandbox of ${c.pod ?? c.pod2 ?? 'the pod'}${c.detail ? `: ${c.detail.slice(0, 160)}` : ''}.`,
    explanation: (c) =>
      "Before any container starts, the kubelet asks the runtime for the pod's sandbox (the pause container and its network namespace, set up by the CNI plugin). " +
      (c.detail && /deadline|timeout/i.test(c.detail)
        ? 'The runtime did not answer in time: it is overloaded or hung, its disk is slow, or the CNI plugin blocks (waiting for its datastore or the API server).'
        : 'The runtime or the CNI plugin refused; the message after "failed:" says why.'),
    causes: ['An overloaded or hung container runtime', 'A CNI plugin not ready or unable to reach its datastore', 'The pause image cannot be pulled'],
    fixes: [
      fix(
        'Check the runtime and the CNI plugin on the node',
        ['Look at the runtime\'s and the CNI pods\' logs around the failure'],
        'journalctl -u containerd -u k3s -u kubelet --since "15 min ago" | grep -i sandbox | tail\nkubectl -n kube-system get pods -o wide | grep -Ei "calico|flannel|cilium|weave"',
      ),
    ],
    references: [DEBUG_PODS],
    samples: [
      'May 27 17:03:52 k3s-node02.lab k3s[6528]: E0527 17:03:52.178763    6528 kuberuntime_sandbox.go:68] CreatePodSandbox for pod "svclb-traefik-phpd2_kube-system(964d3950-807d-11e9-9350-000c29eea077)" failed: rpc error: code = DeadlineExceeded desc = context deadline exceeded',
    ],
  },
  {
    id: 'k8s.describe-status-terminating',
    language: 'kubernetes',
    // kubectl describe pod's Status line of a pod whose deletion has not finished ("Terminating (lasts 3d)" in newer kubectl).
    match: /^Status:[ \t]{1,40}Terminating \((?:expires|lasts) (?<when>[^)\n]{1,80})\)/m,
    requires: /Terminating \((?:expires|lasts) /,
    errorType: 'Terminating',
    category: 'runtime',
    priority: 30,
    summary: 'The pod was deleted but has not finished terminating.',
    explanation:
      "The pod has a deletion timestamp, so kubectl shows Terminating, but the kubelet has not yet confirmed that its containers stopped and its volumes were unmounted (or a finalizer is still on it). A pod stays in this state when its node is unreachable (NotReady: nobody is left to confirm), when the container runtime cannot kill a container, when a volume will not unmount, or when a finalizer's controller is gone.",
    causes: [
      'The node is NotReady or gone, so the kubelet never confirms the deletion',
      'A container the runtime cannot stop, or a volume that will not unmount',
      'A finalizer on the pod whose controller no longer runs',
    ],
    fixes: [
      fix(
        'Find what holds the pod, then force it only if the node is really gone',
        ["Check the pod's node and finalizers; once you are sure its containers no longer run, delete it without waiting"],
        "kubectl get pod <pod> -o jsonpath='{.spec.nodeName} {.metadata.finalizers}'\nkubectl get node <node>\nkubectl delete pod <pod> --grace-period=0 --force",
      ),
    ],
    references: [ref('Kubernetes: Pod termination', `${K8S_DOCS}/concepts/workloads/pods/pod-lifecycle/#pod-termination`)],
    samples: ['Status:                    Terminating (expires Fri, 27 Jul 2018 09:00:35 +0200)\nTermination Grace Period:  0s'],
  },
  // ---------------------------------------------------------------- client libraries
  {
    id: 'java.kubernetes-client-api-exception',
    language: 'java',
    // The official Java client's exception, printed with the API server's Status body under it.
    match: /\bio\.kubernetes\.client(?:\.openapi)?\.ApiException(?:: (?<message>[^\n]{1,200}))?/,
    requires: /io\.kubernetes\.client/,
    errorType: 'ApiException',
    category: 'runtime',
    priority: 30,
    summary: (c) => `The Kubernetes Java client's call failed${c.message ? `: ${c.message}` : ''}.`,
    explanation:
      "io.kubernetes.client's ApiException carries the HTTP status and the API server's Status body (getCode(), getResponseBody()); the body's reason says why: AlreadyExists (409) for an object that is already there, Forbidden (403) for RBAC, NotFound (404), Invalid (422).",
    causes: ['Creating an object that already exists', 'The service account lacks RBAC rights', 'A wrong namespace or name'],
    fixes: [
      fix(
        'Read the response body and handle its reason',
        ['Log e.getCode() and e.getResponseBody(); for 409 on create, read or replace the existing object instead'],
        'try {\n    api.createNamespacedConfigMap(ns, body, null, null, null, null);\n} catch (ApiException e) {\n    if (e.getCode() == 409) {\n        api.replaceNamespacedConfigMap(name, ns, body, null, null, null, null);\n    } else {\n        throw e;\n    }\n}',
      ),
    ],
    references: [ref('Kubernetes Java client', 'https://github.com/kubernetes-client/java')],
    samples: [
      'Exception occured while Creating the Apache ConfigMap\tio.kubernetes.client.ApiException: Conflict\n\n{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"configmaps \\"nifi\\" already exists","reason":"AlreadyExists","code":409}',
    ],
  },
];

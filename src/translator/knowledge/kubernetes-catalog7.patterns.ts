import type { ErrorPattern } from '../rules/error-pattern';

import { fix, ref } from './answer-parts';
import { networkReason } from './kubernetes-catalog3.patterns';

/**
 * A seventh catalog pass over the Kubernetes family, from the everyday pastes of `kubectl describe pod`, `kubectl get`
 * and `kubectl apply`: the kubelet's and the scheduler's messages quoted without their event row (the old scheduler's
 * "No nodes are available that match all of the predicates", a pod sandbox that could not be created, an image pull the
 * Docker daemon refused, a key missing from a ConfigMap in the kubelet's older capitalised wording, the kernel's OOM kill
 * as node-problem-detector records it), server-side apply's field conflicts as other tools wrap them (Pulumi, MCP
 * servers, kubectl with several fields), kubectl's older client-side validation ("found invalid field") and its
 * validation error with escaped quotes, kubectl 1.1's "couldn't read version from server", `kubectl get
 * componentstatuses` rows, Terraform's kubernetes provider timing out on the API server, and the kubelet's older
 * "node not found" line. The type is the reason Kubernetes gives, else the tool's phrase, else the network error
 * underneath (README).
 */

const K8S_DOCS = 'https://kubernetes.io/docs';
const DEBUG_PODS = ref('Kubernetes: Debug Pods', `${K8S_DOCS}/tasks/debug/debug-application/debug-pods/`);
const SSA = ref('Kubernetes: Server-Side Apply conflicts', `${K8S_DOCS}/reference/using-api/server-side-apply/#conflicts`);

export const KUBERNETES_CATALOG7_PATTERNS: readonly ErrorPattern[] = [
  // ---------------------------------------------------------------- the scheduler and the kubelet, without an event row
  {
    id: 'k8s.scheduler-predicates',
    language: 'kubernetes',
    // The scheduler before 1.9 ("No nodes are available that match all of the following predicates:: Insufficient cpu (1)"),
    // quoted alone or as the Message of a kubectl get event -o yaml; a FailedScheduling row is k8s.failed-scheduling's.
    match: /No nodes are available that match all of the (?:following )?predicates:{1,2} ?(?<predicates>[^\n"]{1,600})/,
    requires: /No nodes are available that match all of the/,
    errorType: 'FailedScheduling',
    category: 'runtime',
    priority: 33,
    summary: (c) => `The scheduler found no node for the pod: ${c.predicates ?? 'every node failed a predicate'}.`,
    explanation:
      "Before Kubernetes 1.9 the scheduler listed the predicates that ruled nodes out, with how many nodes each ruled out: \"Insufficient cpu (9)\" means nine nodes lacked the CPU the pod requests (requests, not what is in use), \"MatchNodeSelector\" that the pod's nodeSelector or affinity matches no label, \"PodToleratesNodeTaints\" that a node's taint is not tolerated. The pod stays Pending until a node fits.",
    causes: [
      'Resource requests larger than the free allocatable CPU or memory on every node',
      'A nodeSelector or node affinity that no node matches',
      'Taints (the control plane, NoSchedule) the pod does not tolerate',
    ],
    fixes: (c) => [
      fix(
        `Find the predicate that rules the nodes out${c.predicates ? ` (${c.predicates.slice(0, 120)})` : ''}`,
        ['Compare the pod\'s requests with what each node has left to allocate', 'Lower the requests, add nodes, or fix the selector or tolerations'],
        'kubectl describe pod <pod>\nkubectl describe nodes | grep -A8 "Allocated resources"\nkubectl get nodes --show-labels',
      ),
    ],
    references: [ref('Kubernetes: Assigning Pods to Nodes', `${K8S_DOCS}/concepts/scheduling-eviction/assign-pod-node/`), DEBUG_PODS],
    samples: [
      'I got the error "No nodes are available that match all of the following predicates:: Insufficient cpu (1)."',
      'Message:             No nodes are available that match all of the predicates: Insufficient cpu (19), Insufficient memory (19), PodToleratesNodeTaints (10).',
    ],
  },
  {
    id: 'k8s.pod-sandbox-message',
    language: 'kubernetes',
    // The kubelet's FailedCreatePodSandBox message quoted without its row (an issue title, "combined from similar events").
    match: /Failed (?:to )?create pod sandbox: (?:rpc error: code = \w{1,20} desc = )?(?<detail>[^\n]{1,400})/,
    requires: /create pod sandbox/,
    errorType: 'FailedCreatePodSandBox',
    category: 'runtime',
    priority: 30,
    summary: (c) => `The kubelet could not create the pod's sandbox: ${c.detail?.slice(0, 160) ?? 'the runtime refused it'}.`,
    explanation: (c) =>
      'Before any container starts, the kubelet asks the runtime for the pod sandbox (the pause container and its network namespace) and the CNI plugin for its network. ' +
      (c.detail && /network|cni|netplugin|calico|flannel|cilium/i.test(c.detail)
        ? 'Here the network set-up failed: the CNI plugin is not installed or not ready on the node, cannot reach the API server or its datastore, or has run out of addresses.'
        : 'The runtime refused it; its message says why (the pause image cannot be pulled, a cgroup or runtime-class problem).') +
      ' The pod stays in ContainerCreating and the kubelet retries.',
    causes: ['The CNI plugin (Calico, flannel, Cilium…) not running or not ready on the node', 'The CNI plugin unable to reach the API server or to allocate an IP', 'The pause image not pullable or the runtime misconfigured'],
    fixes: [
      fix(
        "Check the node's CNI plugin and the runtime",
        ["Look at the CNI plugin's pods on that node and their logs", "Read the kubelet's and the runtime's logs on the node for the whole message"],
        'kubectl get pods -n kube-system -o wide | grep -Ei "calico|flannel|cilium|weave"\njournalctl -u kubelet -u containerd --since "10 min ago" | grep -i sandbox',
      ),
    ],
    references: [DEBUG_PODS, ref('Kubernetes: Network Plugins', `${K8S_DOCS}/concepts/extend-kubernetes/compute-storage-net/network-plugins/`)],
    samples: [
      'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to set up sandbox container "f5890fc111e3c42cb25400c138e41f2a2ae47af7a8ac618e6dd2f60610f77967" network for pod "nginx-6bbbb4b598-t',
      'kubelet, worker-0 (combined from similar events): Failed create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox',
    ],
  },
  {
    id: 'k8s.kubelet-pull-daemon-refusal',
    language: 'kubernetes',
    // The kubelet's "Failed to pull image" with the Docker daemon's refusal right after it (no "rpc error" between,
    // which k8s.imagepullbackoff already reads), and the "ImagePullBackOff: Back-off pulling image" line some
    // dashboards print above the pull error: the kubelet's reason, not docker's own message.
    match:
      /Failed to pull image "(?<image>[^"\n]{1,300})": Error response from daemon: (?<detail>pull access denied[^\n]{0,300}|manifest for [^\n]{1,300})(?=(?:[\s\S]{0,3000}?(?<post>\bImagePullBackOff\b))?)|^(?<line>ImagePullBackOff): Back-off pulling image "(?<image2>[^"\n]{1,300})"/m,
    requires: /Failed to pull image|ImagePullBackOff: Back-off/,
    errorType: (c) => (c.post || c.line ? 'ImagePullBackOff' : 'ErrImagePull'),
    category: 'runtime',
    priority: 41,
    summary: (c) => `The kubelet could not pull ${c.image ?? c.image2 ?? 'the image'}${c.detail ? `: ${c.detail.slice(0, 120)}` : ''}.`,
    explanation: (c) =>
      (c.detail && /manifest/.test(c.detail)
        ? 'The registry has no image under that tag (or no build for the node\'s platform): the tag was never pushed, was deleted, or is misspelt. '
        : c.detail
          ? 'The registry refused the pull: the repository does not exist under that name, or it is private and the node has no credentials for it (no imagePullSecrets, or an image only built locally and never pushed). '
          : 'The kubelet failed to pull the image and now waits longer before each retry; the pull error itself is in the Failed events. ') +
      'The pod stays in ErrImagePull, then ImagePullBackOff, until the image can be pulled.',
    causes: ['Image name or tag misspelt, or the tag never pushed', 'A private repository with no imagePullSecrets for it', 'An image built locally (minikube, kind) that the node cannot see'],
    fixes: (c) => [
      fix(
        `Check that ${c.image ?? c.image2 ?? 'the image'} exists and that the node may pull it`,
        ['Pull the same reference by hand from a machine with the same credentials', 'For a private registry, create a docker-registry secret and list it in imagePullSecrets', 'For a local image on minikube or kind, load it into the cluster and set imagePullPolicy: IfNotPresent'],
        `docker pull ${c.image ?? c.image2 ?? '<image>'}\nkubectl create secret docker-registry regcred --docker-server=<registry> --docker-username=<user> --docker-password=<token>\nminikube image load <image>   # or: kind load docker-image <image>`,
      ),
    ],
    references: [ref('Kubernetes: Pull an Image from a Private Registry', `${K8S_DOCS}/tasks/configure-pod-container/pull-image-private-registry/`), DEBUG_PODS],
    samples: [
      "Failed to pull image \"suedostcargo-web\": Error response from daemon: pull access denied for suedostcargo-web, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
      'ImagePullBackOff: Back-off pulling image "drainnode/leader:v1.0-rc9"\nErrImagePull: rpc error: code = Unknown desc = Error response from daemon: manifest for drainnode/leader:v1.0-rc9 not found: manifest unknown: manifest unknown',
    ],
  },
  {
    id: 'k8s.config-key-missing-old',
    language: 'kubernetes',
    // The kubelet's older wording (1.8): "Error: Couldn't find key x in ConfigMap ns/name" (lower-case since).
    match: /Error: Couldn't find key (?<key>\S{1,253}) in (?<kind>Secret|ConfigMap) (?<ref>[\w.-]{1,253}\/[\w.-]{1,253})/,
    requires: /Couldn't find key/,
    errorType: 'CreateContainerConfigError',
    category: 'runtime',
    priority: 44,
    summary: (c) => `The container's environment reads key ${c.key} from ${c.kind} ${c.ref}, which has no such key.`,
    explanation:
      'An env valueFrom (configMapKeyRef or secretKeyRef) names a key that the ConfigMap or Secret does not hold, so the kubelet cannot build the container\'s configuration and does not start it: the pod shows CreateContainerConfigError and the kubelet retries until the key exists.',
    causes: ['The key misspelt in the pod spec or in the ConfigMap/Secret', 'The ConfigMap or Secret created without that key (an install script given another option)', 'The wrong namespace'],
    fixes: (c) => [
      fix(
        `Add ${c.key} to ${c.kind} ${c.ref}, or mark the reference optional`,
        ['List the keys the object holds', 'Add the key, or fix the name in the pod spec, or set optional: true if the container can start without it'],
        `kubectl get ${(c.kind ?? 'configmap').toLowerCase()} ${c.ref?.split('/')[1] ?? '<name>'} -n ${c.ref?.split('/')[0] ?? '<namespace>'} -o yaml`,
      ),
    ],
    references: [ref('Kubernetes: Configure a Pod to Use a ConfigMap', `${K8S_DOCS}/tasks/configure-pod-container/configure-pod-configmap/`)],
    samples: ['  Warning  Failed                 1m (x2 over 1m)  kubelet, uy06-04  Error: Couldn\'t find key contiv_etcd in ConfigMap kube-system/contiv-config'],
  },
  {
    id: 'k8s.oom-kill-event-record',
    language: 'kubernetes',
    // node-problem-detector's OOMKilling event as JSON or YAML, and the 2015 kubelet's "reason:OOM Killed" in a lastState map.
    match: /"reason": ?"(?<reason>OOMKilling)"|reason: (?<reason2>OOMKilling)\b|\breason:(?<old>OOM Killed)\b/,
    requires: /OOMKilling|reason:OOM Killed/,
    errorType: (c) => (c.old ? 'OOMKilled' : 'OOMKilling'),
    category: 'runtime',
    priority: 44,
    summary: (c) => (c.old ? 'The container was killed for exceeding its memory limit (OOMKilled).' : 'The kernel OOM killer killed a process on the node (OOMKilling).'),
    explanation: (c) =>
      c.old
        ? "The container's memory use reached its limit and the kernel's OOM killer ended it (exit code 137). The kubelet records the reason in the container's last state and restarts it."
        : "node-problem-detector's kernel monitor saw the kernel kill a process for lack of memory and recorded it as an OOMKilling event on the node. \"Memory cgroup out of memory\" means a container reached its own memory limit; a plain \"Out of memory\" that the whole node ran out.",
    causes: ["A container's memory limit lower than what it really uses (or a leak)", 'Requests so low that the node is overcommitted'],
    fixes: [
      fix(
        'Find the container and give it the memory it needs',
        ['Match the killed process to its pod (the cgroup path holds the pod UID)', 'Raise the memory limit, or reduce what the process uses (heap sizes, workers)'],
        'kubectl get events -A --field-selector reason=OOMKilling\nkubectl get pods -A -o json | jq -r \'.items[] | select(.status.containerStatuses[]?.lastState.terminated.reason=="OOMKilled") | .metadata.name\'',
      ),
    ],
    references: [ref('Kubernetes: Resource Management for Pods and Containers', `${K8S_DOCS}/concepts/configuration/manage-resources-containers/`)],
    samples: [
      '    "reason": "OOMKilling",\n    "message": "Memory cgroup out of memory: Killed process 3504804 (kubectl) total-vm:753508kB, anon-rss:58776kB, file-rss:29400kB, shmem-rss:0kB, UID:0 pgtables:288kB oom_score_adj:999",',
      'Container Name: simmemleak\nLastState: map[terminated:map[exitCode:137 reason:OOM Killed startedAt:2015-07-07T20:58:43Z finishedAt:2015-07-07T20:58:43Z]]',
    ],
  },
  {
    id: 'k8s.kubelet-node-not-found-old',
    language: 'kubernetes',
    // The kubelet before 1.19: `kubelet.go:2267] node "minikube" not found`, over and over while it cannot register.
    match: /kubelet(?:_node_status)?\.go:\d{1,5}\] node "(?<node>[^"\n]{1,253})" not found/,
    requires: /\] node "/,
    errorType: 'Error getting node',
    category: 'runtime',
    priority: 30,
    summary: (c) => `The kubelet cannot find its own Node object "${c.node}": it has not registered with the API server.`,
    explanation:
      'The kubelet looks up the Node object with its own name; until it has registered the node (or while the API server is not answering) every lookup fails and it logs this line again and again. It is usually a symptom: the API server is not up yet (a control plane still booting, kubeadm init failing), or the kubelet cannot authenticate or uses another node name than the one expected.',
    causes: ['The API server not running or not reachable yet', "The kubelet's credentials refused, so it cannot register", 'A hostname or --hostname-override different from the node name'],
    fixes: (c) => [
      fix(
        `Find why "${c.node}" cannot register`,
        ["Look further up the kubelet's log for the first error (connection refused to the API server, Unauthorized)", 'On minikube, delete and recreate the cluster if the control plane never came up'],
        'journalctl -u kubelet --no-pager | grep -vE "node \\".*\\" not found" | tail -50\nminikube delete && minikube start',
      ),
    ],
    references: [ref('Kubernetes: Nodes', `${K8S_DOCS}/concepts/architecture/nodes/`)],
    samples: ['Sep 06 19:16:55 minikube kubelet[48563]: E0906 19:16:55.803068   48563 kubelet.go:2267] node "minikube" not found'],
  },
  // ---------------------------------------------------------------- kubectl and the API server
  {
    id: 'k8s.apply-conflict-wrapped',
    language: 'kubernetes',
    // Server-side apply's conflict as other tools print it: several fields on the lines below ("conflicts with"), a
    // subresource, escaped quotes inside a JSON string. The one-line kubectl form is k8s.apply-field-conflict's.
    match: /Apply failed with (?<count>\d{1,4}) conflicts?: conflicts? with \\?"(?<manager>[^"\\\n]{1,128})\\?"(?: with subresource \\?"[^"\\\n]{1,40}\\?")?(?: using [\w./-]{1,60})?:/,
    requires: /Apply failed with/,
    errorType: 'Conflict',
    category: 'runtime',
    priority: 39,
    summary: (c) => `Server-side apply refused to take over ${c.count === '1' ? 'a field' : `${c.count} fields`} that "${c.manager}" manages.`,
    explanation: (c) =>
      `With server-side apply every field has a manager. The applied configuration sets ${c.count === '1' ? 'a field' : 'fields'} to a value other than the one "${c.manager}" last set, and apply does not take a field from another manager unless forced. ` +
      (c.manager === 'kube-controller-manager' || /replicas/.test(c.manager ?? '')
        ? 'Here it is .spec.replicas, which the HPA or a scale command manages: leave replicas out of the manifest.'
        : 'It happens when a tool switches from client-side apply (manager "kubectl-client-side-apply", "before-first-apply") to server-side apply, or when another tool or controller changed the object.'),
    causes: ['The object was created or edited by another manager (client-side apply, kubectl edit, a controller)', 'A field that a controller owns (replicas under an HPA) set in the manifest'],
    fixes: (c) => [
      fix(
        `Take the fields from "${c.manager}", or stop setting them`,
        ['If this configuration should own the fields, apply again with --force-conflicts (Pulumi, Flux and Argo CD have their own force option)', 'If another manager should keep them, remove them from the manifest'],
        'kubectl apply --server-side --force-conflicts -f <file>',
      ),
    ],
    references: [SSA],
    samples: [
      'failed to create or update resources: Apply failed with 1 conflict: conflict with \\"before-first-apply\\" using apps/v1: .spec.replicas',
      'namespace/monitoring serverside-applied\nApply failed with 2 conflicts: conflicts with "entry" using apiextensions.k8s.io/v1:\n- .metadata.annotations.controller-gen.kubebuilder.io/version\n- .spec.versions',
    ],
  },
  {
    id: 'k8s.validation-legacy',
    language: 'kubernetes',
    // kubectl's client-side validation before 1.9 ("found invalid field request for v1.ResourceRequirements"), and its
    // ValidationError quoted inside a JSON string (escaped quotes), which k8s.validation does not read.
    match: /error validating data: (?:found invalid field (?<field>[\w.-]{1,100}) for (?<type>[\w.]{1,100})|\[?ValidationError\((?<path>[^)\n]{1,200})\): (?<problem>(?:unknown|missing required) field \\"(?<field2>[^"\\\n]{1,100})\\"))/,
    requires: /error validating data/,
    errorType: 'ValidationError',
    category: 'syntax',
    priority: 34,
    summary: (c) => (c.field ? `The manifest has a field "${c.field}" that ${c.type} does not have.` : `The manifest does not match the schema at ${c.path}: ${c.problem?.replace(/\\"/g, '"')}.`),
    explanation:
      'kubectl checks a manifest against the API server\'s schema before sending it. A field it does not know is usually misspelt, indented under the wrong parent (annotations under the pod template instead of its metadata), or belongs to a newer API version than the cluster serves (initContainers before 1.6). --validate=false only hides the problem: the server drops the unknown field.',
    causes: ['A misspelt field or a field indented under the wrong parent', 'A field the cluster\'s API version does not have yet (the manifest written for a newer Kubernetes)'],
    fixes: (c) => [
      fix(
        `Fix ${c.field ?? c.field2 ?? 'the field'} in the manifest${c.type ? ` (${c.type} has no such field)` : c.path ? ` at ${c.path}` : ''}`,
        ['Look up where the field belongs with kubectl explain', 'Move or rename it, or upgrade the cluster if the field is newer than it'],
        `kubectl explain ${(c.type ?? c.path ?? 'pod.spec').replace(/^v1\./, '').toLowerCase()} --recursive | less`,
      ),
    ],
    references: [ref('kubectl explain', `${K8S_DOCS}/reference/kubectl/generated/kubectl_explain/`)],
    samples: [
      'Deploying file has failed\nerror validating "daemonset.yaml.txt": error validating data: found invalid field request for v1.ResourceRequirements; if you choose to ignore these errors, turn validation off with --validate=false',
      'error validating data: ValidationError(Deployment.spec.template): unknown field \\"annotations\\" in io.k8s.api.core.v1.PodTemplateSpec',
    ],
  },
  {
    id: 'k8s.exec-container-not-found',
    language: 'kubernetes',
    // kubectl exec in Kubernetes 1.1 on a container that is not running (a crash-looping pod).
    match: /Error executing remote command: Error executing command in container: container not found \("?(?<container>[^"\n)]{1,253})"?\)/,
    requires: /Error executing command in container/,
    errorType: 'container not found',
    category: 'runtime',
    priority: 35,
    summary: (c) => `kubectl exec found no running container "${c.container}" in the pod.`,
    explanation:
      'exec runs a command inside a running container. The container is not running at that moment: the pod is crash-looping (between restarts there is no container to enter) or the container name is wrong.',
    causes: ['The container is in CrashLoopBackOff or has exited', 'A wrong container name (-c)'],
    fixes: (c) => [
      fix(
        `Read why "${c.container}" is not running instead of entering it`,
        ['Look at the pod\'s state and the logs of the last run', 'To look inside the image, start a copy with a shell as its command'],
        'kubectl describe pod <pod>\nkubectl logs <pod> --previous\nkubectl debug <pod> -it --copy-to=<pod>-debug --container=<container> -- sh',
      ),
    ],
    references: [ref('Kubernetes: Get a Shell to a Running Container', `${K8S_DOCS}/tasks/debug/debug-application/get-shell-running-container/`)],
    samples: ['$ kubectl exec -it elasticsearch-attiy sh \nerror: Error executing remote command: Error executing command in container: container not found ("elasticsearch")'],
  },
  {
    id: 'k8s.read-version-from-server',
    language: 'kubernetes',
    // kubectl 1.0 and 1.1 before its request: "error: couldn't read version from server: <the client's error>".
    match: /couldn't read version from server: ?(?<detail>[^\n]{1,300})/,
    requires: /couldn't read version from server/,
    errorType: (c) => networkReason(c.detail ?? '') ?? "couldn't read version from server",
    category: 'network',
    priority: 35,
    summary: (c) => `kubectl could not reach the API server: ${c.detail}.`,
    explanation: (c) =>
      'Old kubectl asks the API server for its version before anything else, so any failure to reach it shows up here. ' +
      (/x509/.test(c.detail ?? '')
        ? "The server's certificate is not signed by the certificate authority the kubeconfig trusts: the kubeconfig's certificate-authority is missing or belongs to another cluster."
        : 'The address in the kubeconfig does not answer, or refuses the client.'),
    causes: ['The kubeconfig without the cluster\'s CA certificate, or with another cluster\'s', 'A wrong server address, or the API server not running'],
    fixes: [
      fix(
        "Point the kubeconfig at the cluster's CA and address",
        ['Check the server and certificate-authority of the current context', 'Copy the admin kubeconfig the installer generated'],
        'kubectl config view --minify\nkubectl --kubeconfig=<generated kubeconfig> get nodes',
      ),
    ],
    references: [ref('Kubernetes: Organizing Cluster Access Using kubeconfig Files', `${K8S_DOCS}/concepts/configuration/organize-cluster-access-kubeconfig/`)],
    samples: ['error: couldn\'t read version from server:x509: certificate signed by unknown authority'],
  },
  {
    id: 'k8s.componentstatus-unhealthy',
    language: 'kubernetes',
    // A row of `kubectl get componentstatuses` (cs): NAME STATUS MESSAGE ERROR.
    match: /^\s{0,8}(?<component>etcd-\d{1,3}|controller-manager|scheduler) {1,40}Unhealthy {1,40}(?<message>[^\n]{1,400})/m,
    requires: /Unhealthy/,
    errorType: (c) => networkReason(c.message ?? '') ?? 'Unhealthy',
    category: 'network',
    priority: 32,
    summary: (c) => `The API server's health check of ${c.component} fails: ${c.message?.trim().slice(0, 160)}.`,
    explanation: (c) =>
      `kubectl get componentstatuses shows the API server's own probe of the scheduler, the controller manager and each etcd member. ${c.component} does not pass it. ` +
      (/x509/.test(c.message ?? '')
        ? "The certificate etcd presents is not signed by the CA the API server uses for etcd (--etcd-cafile): the certificates were generated with different CAs."
        : /refused/.test(c.message ?? '')
          ? 'Nothing listens at the address probed: the component is not running there, or listens on another address or port (recent schedulers and controller managers no longer serve the insecure port the probe uses).'
          : 'The component answers with an error.'),
    causes: ['The component not running, or listening elsewhere than the probe expects', "etcd's certificates from another CA than the API server's --etcd-cafile"],
    fixes: (c) => [
      fix(
        `Check ${c.component} itself`,
        ["Look at the component's pod or service and its logs", "For etcd, check that the API server's --etcd-cafile signed etcd's serving certificate"],
        'kubectl get pods -n kube-system\nopenssl verify -CAfile /etc/kubernetes/ssl/ca.pem /etc/kubernetes/ssl/kubernetes.pem',
      ),
    ],
    references: [ref('Kubernetes: Troubleshooting Clusters', `${K8S_DOCS}/tasks/debug/debug-cluster/`)],
    samples: [
      'etcd-2               Unhealthy   Get https://10.240.0.11:2379/health: x509: certificate signed by unknown authority (possibly because of "crypto/rsa: verification error" while trying to verify candidate authority certificate "Kubernetes")   ',
    ],
  },
  {
    id: 'k8s.terraform-api-network',
    language: 'kubernetes',
    // Terraform's kubernetes provider calling the API server (a cluster's /api/v1 or /apis URL) and timing out or
    // refused: the network error is the type, like kubectl's. http://localhost is k8s.terraform-provider-localhost's.
    // Only inside Terraform's box (│): the same line alone is any Go client's error (a guard in catalog-k8s5).
    match: /│ {0,3}Error: (?:Get|Post|Put|Patch|Delete) "(?<url>https:\/\/[^"\s/]{1,200}\/apis?\/[^"\n]{0,300})": dial tcp (?<addr>[^\s:]{1,100}:\d{1,5}): (?<net>i\/o timeout|connect: connection refused|connect: no route to host)/,
    requires: /dial tcp/,
    errorType: (c) => (c.net === 'i/o timeout' ? 'i/o timeout' : c.net === 'connect: no route to host' ? 'no route to host' : 'connection refused'),
    category: 'network',
    priority: 36,
    summary: (c) => `Terraform's Kubernetes provider could not reach the API server at ${c.addr}.`,
    explanation: (c) =>
      `The provider sent ${c.url} and ${c.net === 'i/o timeout' ? 'nothing answered before the timeout' : 'the connection failed'}: the machine running Terraform has no route to the cluster's endpoint. It happens with a private EKS/GKE/AKS endpoint reached from outside its network (CI runners, a laptop without VPN), a security group or firewall that does not allow the runner, or a cluster still being created.`,
    causes: ["A private cluster endpoint not reachable from where Terraform runs", "A security group or authorised networks list that does not include the runner's address", 'The cluster not ready yet in the same apply'],
    fixes: (c) => [
      fix(
        `Make ${c.addr} reachable from the Terraform runner`,
        [`The provider called ${c.url}`, 'Enable the public endpoint (restricted to the runner\'s address) or run Terraform inside the network', 'Open port 443 to the runner in the cluster\'s security group'],
        `curl -k --max-time 5 https://${c.addr}/version`,
      ),
    ],
    references: [ref('Terraform: Kubernetes provider configuration', 'https://registry.terraform.io/providers/hashicorp/kubernetes/latest/docs')],
    samples: [
      '╷ │ Error: Post "https://xxxxxx/api/v1/namespaces/kube-system/configmaps": dial tcp 192.168.20.250:443: i/o timeout and \n\n│   with module.eks.kubernetes_config_map.aws_auth[0],',
    ],
  },
];

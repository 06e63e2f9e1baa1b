import type { Captures, ErrorPattern } from '../rules/error-pattern';

import { fix, ref } from './answer-parts';
import { dialed, networkReason } from './kubernetes-catalog3.patterns';

/**
 * A fourth catalog pass over the Kubernetes family, from everyday errors as people paste them: the volume
 * controller's event rows (a claim waiting for its first consumer, a provisioner that failed), a StatefulSet's
 * FailedCreate in the controller's own words, a quota refusal shown by kubectl, a Deployment's
 * ProgressDeadlineExceeded condition, the kubelet's older "Error syncing pod" and "Unable to mount volumes"
 * lines, cluster components' client-go lines with an unquoted URL (leader election, reflectors) and etcd's
 * client error, minikube's API server health check, EKS node group issue codes, Argo CD's comparison failures,
 * Flux's Helm uninstall of a release that is gone, kustomize and kind errors wrapped by other tools, and
 * Helm 2's repository error. The type is the reason Kubernetes or the tool gives, else the tool's phrase, else
 * the network error underneath (README).
 */

const K8S_DOCS = 'https://kubernetes.io/docs';
const STORAGE_CLASSES = ref('Kubernetes: Storage classes (volume binding mode)', `${K8S_DOCS}/concepts/storage/storage-classes/#volume-binding-mode`);
const PERSISTENT_VOLUMES = ref('Kubernetes: Persistent volumes', `${K8S_DOCS}/concepts/storage/persistent-volumes/`);
const RESOURCE_QUOTAS = ref('Kubernetes: Resource quotas', `${K8S_DOCS}/concepts/policy/resource-quotas/`);
const DEBUG_CLUSTER = ref('Kubernetes: Troubleshooting clusters', `${K8S_DOCS}/tasks/debug/debug-cluster/`);
const EKS_NODEGROUP = ref('Amazon EKS: Managed node group health issues', 'https://docs.aws.amazon.com/eks/latest/APIReference/API_Issue.html');
const EKS_TROUBLESHOOT = ref('Amazon EKS: Troubleshooting (nodes fail to join the cluster)', 'https://docs.aws.amazon.com/eks/latest/userguide/troubleshooting.html#worker-node-fail');

/** Claim events the PersistentVolume controller and external provisioners write, with what each means. */
const CLAIM_EVENTS: Readonly<Record<string, string>> = {
  ProvisioningFailed:
    "The provisioner of the claim's StorageClass could not create a volume: the message after the reason is its own error (a CSI driver's rpc error, a cloud quota or permission, a pool without free space, parameters the driver refuses). The claim stays Pending and every pod that mounts it stays unscheduled.",
  VolumeMismatch:
    'The claim asks for a specific volume (spec.volumeName), but that PersistentVolume does not fit it: another StorageClass, a smaller capacity, other access modes or a volume mode the claim does not accept.',
  ClaimLost:
    'The claim was bound to a PersistentVolume that no longer exists (deleted by hand, or its cloud disk removed): the claim is Lost and its data is gone with the volume unless it is restored.',
  ClaimMisbound:
    'The claim and its PersistentVolume point at different objects (the volume is bound to another claim): usually a volume re-used by hand with a stale claimRef.',
  ProvisioningCleanupFailed:
    'The provisioner created a volume but could not record it in a PersistentVolume, and then could not delete the orphan disk: it is left in the storage backend.',
};

/** The EKS node group issue codes (the Issue object of DescribeNodegroup), with what each means. */
const EKS_ISSUES: Readonly<Record<string, string>> = {
  NodeCreationFailure:
    "The EC2 instances started but their kubelet never registered with the cluster. The usual causes: the node IAM role is not mapped in the aws-auth ConfigMap (or has no EKS access entry), the nodes cannot reach the API server endpoint (a private endpoint without a route, public access restricted to CIDRs that exclude the nodes, no NAT gateway or VPC endpoints for a private subnet), security groups that block the control plane, or a custom AMI whose bootstrap (bootstrap.sh, nodeadm) is not run with the cluster's name.",
  AsgInstanceLaunchFailures: 'The Auto Scaling group could not launch instances: the instance type is unavailable in the subnets\' zones, a capacity or vCPU quota is reached, or the launch template is invalid.',
  InstanceLimitExceeded: 'The account has reached its EC2 limit (vCPU quota) for that instance type in the region.',
  InsufficientFreeAddresses: "The node group's subnets have no free IP addresses left (the VPC CNI gives each pod a VPC address, so subnets fill up fast).",
  IamInstanceProfileNotFound: 'The IAM instance profile of the node group was deleted or renamed.',
  IamNodeRoleNotFound: 'The IAM role of the node group was deleted or renamed.',
  Ec2SecurityGroupNotFound: 'A security group the node group uses no longer exists.',
  Ec2LaunchTemplateNotFound: 'The launch template of the node group no longer exists.',
  Ec2SubnetInvalidConfiguration: 'A public subnet of the node group does not assign public IP addresses on launch, so its nodes cannot reach the cluster endpoint.',
  AmiIdNotFound: 'The AMI named in the launch template does not exist (deleted, or in another region or account).',
  ClusterUnreachable: 'EKS itself cannot reach the cluster API server to manage the node group (its endpoint access or security groups changed).',
};

const podOf = (c: Captures): string => c.pod ?? '<pod>';

export const KUBERNETES_CATALOG4_PATTERNS: readonly ErrorPattern[] = [
  // ---------------------------------------------------------------- volumes and claims
  {
    id: 'k8s.claim-event-row',
    language: 'kubernetes',
    // kubectl describe pvc / get events: the claim's own event rows. Above k8s.pvc-unbound (45), whose
    // WaitForFirstConsumer message often sits in the row above the provisioner's failure; a storage class that does
    // not exist stays k8s.pod-events'.
    match: /(?:^|\s)Warning\s{1,40}(?<reason>ProvisioningFailed|VolumeMismatch|ClaimLost|ClaimMisbound|ProvisioningCleanupFailed)\s(?![^\n]{0,300}?storageclass\.storage\.k8s\.io ")(?<row>[^\n]{0,400})/,
    requires: /ProvisioningFailed|VolumeMismatch|ClaimLost|ClaimMisbound|ProvisioningCleanupFailed/,
    errorType: (c) => c.reason,
    category: 'configuration',
    priority: 47,
    summary: (c) => {
      const sc = /StorageClass "(?<sc>[^"\n]{1,253})"/.exec(c.row)?.groups?.sc;
      return `The persistent volume claim reports ${c.reason}${sc ? ` (StorageClass ${sc})` : ''}: ${(c.row.trim().split(/\s{2,}/).pop() ?? '').slice(0, 220)}`;
    },
    explanation: (c) => CLAIM_EVENTS[c.reason] ?? CLAIM_EVENTS.ProvisioningFailed,
    causes: (c) =>
      c.reason === 'ProvisioningFailed'
        ? ['The storage backend has no room (a volume group, pool or quota is full)', "The CSI driver's controller lacks permissions or credentials for the cloud or array", 'StorageClass parameters the driver does not accept (type, zone, fsType)']
        : ['A PersistentVolume changed, deleted or re-used by hand', 'A claim that names a volume which does not fit it'],
    fixes: (c) => {
      const sc = /StorageClass "(?<sc>[^"\n]{1,253})"/.exec(c.row)?.groups?.sc;
      return [
        fix(
          `Read the provisioner's error and the ${sc ? `StorageClass ${sc}` : "claim's StorageClass"}`,
          ["The text after the reason is the driver's own message: fix what it names (free space, quota, permissions, a parameter)", "Look at the CSI driver's controller logs (the provisioner sidecar) for the full error", 'Delete and re-create the claim once the backend is fixed, or let the provisioner retry'],
          `kubectl describe pvc <claim> -n <namespace>\n${sc ? `kubectl get storageclass ${sc} -o yaml\n` : 'kubectl get storageclass\n'}kubectl get pods -A | grep -i -E 'csi|provisioner'\nkubectl logs -n <driver-namespace> <csi-controller-pod> -c csi-provisioner --tail=50`,
        ),
      ];
    },
    references: [PERSISTENT_VOLUMES, STORAGE_CLASSES],
    samples: ['  Warning  ProvisioningFailed    21m (x12 over 24m)  local.csi.openebs.io_openebs-lvm-controller-1  failed to provision volume with StorageClass "sc-wfc": rpc error: code = ResourceExhausted desc = Volume group "lvmvg" has insufficient free space (7679 extents): 10240 required.'],
  },
  {
    id: 'k8s.kubelet-unable-to-mount',
    language: 'kubernetes',
    // The kubelet's own log line (older releases, or without the event row): the event it raises is FailedMount.
    match: /Unable to (?:attach or )?mount volumes for pod "(?<pod>[^"\n]{1,300})": (?<detail>[^\n]{1,300})/,
    requires: /Unable to (?:attach or )?mount volumes for pod/,
    errorType: 'FailedMount',
    category: 'runtime',
    priority: 30,
    summary: (c) => `The kubelet could not mount the volumes of the pod ${c.pod.replace(/\(.*$/, '')}: ${c.detail}`,
    explanation: (c) =>
      `The kubelet waits for every volume of a pod to be attached (by the attach/detach controller) and mounted before it starts the containers, and gives up after two minutes, then retries; the pod stays ContainerCreating meanwhile. ${/timeout|timed out/.test(c.detail) ? 'A timeout is the umbrella message: the real cause is in the attach or mount error before it (the pod\'s FailedMount and FailedAttachVolume events, or the CSI driver\'s logs): a disk still attached to another node, a claim that is not bound, a secret or ConfigMap that does not exist, an NFS server that does not answer.' : ''}`,
    causes: ['A volume still attached to another node (a ReadWriteOnce disk after a node failure)', 'A secret, ConfigMap or claim the pod names that does not exist', 'A CSI driver or NFS server that does not answer'],
    fixes: (c) => [
      fix(
        `Find the volume error behind the timeout for ${podOf(c).replace(/_.*$/, '')}`,
        ["Read the pod's events for FailedMount and FailedAttachVolume rows", 'Check the VolumeAttachment objects of the node and the claim\'s status', "On the node, read the kubelet's log around the timeout"],
        `kubectl describe pod ${podOf(c).replace(/_.*$/, '')} | sed -n "/Events:/,$p"\nkubectl get volumeattachment\nkubectl get pvc -A | grep -v Bound\njournalctl -u kubelet --since "30 min ago" | grep -i -E 'mount|attach'`,
      ),
    ],
    references: [ref('Kubernetes: Volumes', `${K8S_DOCS}/concepts/storage/volumes/`), PERSISTENT_VOLUMES],
    samples: ['kubelet.go:1622] Unable to mount volumes for pod "write-pod-test_default(4840a4e6-9e96-11e7-9fd4-98be9407de00)": timeout'],
  },
  // ---------------------------------------------------------------- controllers, quotas, rollouts
  {
    id: 'k8s.statefulset-failed-create',
    language: 'kubernetes',
    // The StatefulSet controller's FailedCreate message ("create Pod web-0 in StatefulSet web failed error: …"), which
    // k8s.controller-failed-create ("Error creating: …") does not read; above k8s.exceeded-quota (40).
    match: /create Pod (?<pod>[\w.-]{1,253}) in StatefulSet (?<sts>[\w.-]{1,253}) failed error: (?<detail>[^\n]{1,400})/,
    requires: /in StatefulSet /,
    errorType: 'FailedCreate',
    category: 'configuration',
    priority: 46,
    summary: (c) => `The StatefulSet controller could not create the pod ${c.pod} of ${c.sts}: ${c.detail}`,
    explanation: (c) =>
      /quota/.test(c.detail)
        ? `The namespace has a ResourceQuota, and the API server refused the pod ${c.pod}: ${/must specify/.test(c.detail) ? 'the quota limits cpu or memory, so every container (init containers too) must set the requests and limits it names, and this pod template does not' : 'creating it would exceed the quota'}. A StatefulSet creates its pods one by one, in order, so nothing after ${c.pod} is created either until the template or the quota changes.`
        : `The API server refused the pod ${c.pod} (an admission rule, a missing service account, a webhook): the message says which. A StatefulSet creates its pods in order, so the ones after it wait too.`,
    causes: ['Containers (or init containers) without the requests/limits a ResourceQuota requires', 'A ResourceQuota already used up in the namespace', 'Pod security admission, a webhook or a missing service account refusing the pod'],
    fixes: (c) => [
      fix(
        `Give the pods of ${c.sts} what the quota asks for, or change the quota`,
        ['Read the quota and its usage', 'Set requests and limits on every container of the template (or add a LimitRange with defaults to the namespace)', 'The controller retries by itself once the template or the quota is fixed'],
        `kubectl describe resourcequota -n <namespace>\nkubectl get statefulset ${c.sts} -o jsonpath='{range .spec.template.spec.containers[*]}{.name}{": "}{.resources}{"\\n"}{end}'\n\n# a LimitRange gives containers default requests/limits\napiVersion: v1\nkind: LimitRange\nmetadata:\n  name: defaults\nspec:\n  limits:\n    - type: Container\n      defaultRequest: { cpu: 100m, memory: 128Mi }\n      default: { cpu: 500m, memory: 512Mi }`,
      ),
    ],
    references: [RESOURCE_QUOTAS, ref('Kubernetes: StatefulSets', `${K8S_DOCS}/concepts/workloads/controllers/statefulset/`)],
    samples: ['39m   Warning   FailedCreate   statefulset/fpl-es-master   create Pod fpl-es-master-0 in StatefulSet fpl-es-master failed error: pods "fpl-es-master-0" is forbidden: failed quota: fpl-quota: must specify requests.cpu,requests.memory'],
  },
  {
    id: 'k8s.progress-deadline-condition',
    language: 'kubernetes',
    // kubectl describe deployment's Conditions table, or the condition's message, without kubectl rollout status's line.
    match: /Progressing\s{1,40}False\s{1,40}ProgressDeadlineExceeded|ReplicaSet "(?<rs>[^"\n]{1,253})" has timed out progressing/,
    requires: /ProgressDeadlineExceeded|has timed out progressing/,
    errorType: 'ProgressDeadlineExceeded',
    category: 'runtime',
    priority: 20,
    summary: (c) => `The Deployment's rollout stopped making progress within its progressDeadlineSeconds${c.rs ? ` (ReplicaSet ${c.rs})` : ''}: its condition Progressing is False with the reason ProgressDeadlineExceeded.`,
    explanation:
      "The Deployment controller marks a rollout failed when its new ReplicaSet has not brought up ready pods for progressDeadlineSeconds (600 s by default). It does not roll back by itself: the new pods are usually failing (CrashLoopBackOff, ImagePullBackOff, a readiness probe that never passes) or cannot be scheduled (quota, resources), and the old ReplicaSet keeps serving.",
    causes: ['New pods crashing or failing their readiness probe', 'An image that cannot be pulled', 'Pods that cannot be scheduled (resources, quota, affinity)'],
    fixes: [
      fix(
        "Look at the new ReplicaSet's pods, then fix or undo the rollout",
        ['Find the pods of the new ReplicaSet and read their status and events', 'Fix the cause and apply again, or roll back to the previous revision'],
        'kubectl describe deployment <name>\nkubectl get rs -l <selector>\nkubectl get pods -l <selector>\nkubectl describe pod <new-pod> | sed -n "/Events:/,$p"\nkubectl rollout undo deployment/<name>',
      ),
    ],
    references: [ref('Kubernetes: Deployments (failed deployment)', `${K8S_DOCS}/concepts/workloads/controllers/deployment/#failed-deployment`)],
    samples: ['Conditions:\n  Type           Status  Reason\n  ----           ------  ------\n  Available      True    MinimumReplicasAvailable\n  Progressing    False   ProgressDeadlineExceeded'],
  },
  // ---------------------------------------------------------------- the kubelet, components and their API calls
  {
    id: 'k8s.kubelet-start-container-reason',
    language: 'kubernetes',
    // The kubelet's "Error syncing pod … failed to "StartContainer" for "x" with RunContainerError: …" (older releases):
    // the reason it names. Low priority: OCI runtime errors inside have their own answer.
    match: /failed to "StartContainer" for "(?<container>[^"\n]{1,253})" with (?<reason>RunContainerError|PostStartHookError|PreStartHookError): \\?"?(?<detail>[^\n]{0,300})/,
    requires: /StartContainer/,
    errorType: (c) => c.reason,
    category: 'runtime',
    priority: 10,
    summary: (c) => `The kubelet could not start the container ${c.container} (${c.reason}): ${c.detail.replace(/\\?"$/, '')}`,
    explanation: (c) =>
      c.reason === 'RunContainerError'
        ? `The container ${c.container} was created but the runtime failed to start it; the runtime's own message follows the reason (a mount the runtime refuses, such as an SELinux relabel of a system directory, a missing executable, a cgroup or device error). The kubelet retries with a back-off.`
        : `The container ${c.container}'s ${c.reason === 'PostStartHookError' ? 'postStart' : 'preStart'} lifecycle hook failed, so the kubelet killed the container and will restart it.`,
    causes: ['A volume or host path the runtime refuses to mount (SELinux relabelling of /usr, /etc…)', 'An entrypoint missing from the image', 'A lifecycle hook command that fails'],
    fixes: (c) => [
      fix(
        `Read the runtime's error for ${c.container} and fix the pod spec`,
        ['Describe the pod for the full message', 'Remove or change the mount or command the runtime refuses (for SELinux, do not relabel system paths: drop the :z/:Z option or mount a narrower path)'],
        `kubectl describe pod <pod> | sed -n "/${c.container}:/,/Events:/p"\nkubectl get pod <pod> -o jsonpath='{.spec.containers[?(@.name=="${c.container}")].volumeMounts}'`,
      ),
    ],
    references: [ref('Kubernetes: Debug pods', `${K8S_DOCS}/tasks/debug/debug-application/debug-pods/`)],
    samples: ['Error syncing pod 670f607d-b5a8-11a4-b673-005056b7468b, skipping: failed to "StartContainer" for "deployment" with RunContainerError: "runContainer: Error response from daemon: Relabeling content in /usr is not allowed."'],
  },
  {
    id: 'k8s.component-apiserver-unquoted',
    language: 'kubernetes',
    // client-go before Go 1.14 printed the URL without quotes ("Get https://127.0.0.1/api/v1/…: dial tcp …");
    // k8s.component-apiserver-failure reads the quoted form. Above Go's network and x509 patterns.
    match:
      /(?<what>error retrieving resource lock [\w./-]{1,200}|Failed to update lock|[Ff]ailed to list \*[\w.]{1,80}|Failed to watch \*[\w.]{1,80}): (?:Get|Post|Put|Patch|Delete) (?<url>https?:\/\/[^\s"\\]{1,300}\/apis?\/[^\s"\\:]{0,300}): (?<detail>[^\n]{1,300})/,
    requires: /resource lock|Failed to update lock|ailed to list|Failed to watch/,
    errorType: (c) => networkReason(c.detail) ?? 'Unable to connect to the server',
    category: 'network',
    priority: 31,
    summary: (c) => `A cluster component cannot reach the Kubernetes API server at ${dialed(c.url) ?? c.url} (${networkReason(c.detail) ?? c.detail}).`,
    explanation: (c) => {
      const what = c.what.startsWith('error retrieving') || c.what.startsWith('Failed to update') ? 'renew its leader election lock' : 'list and watch the API';
      if (/connection refused/.test(c.detail)) return `The component (a controller manager, a scheduler, an operator) tried to ${what} and nothing listened at the API server's address: the API server is down or restarting (on a kubeadm control plane its static pod crashed: etcd unreachable, a certificate expired), or the component's kubeconfig points at the wrong address or port.`;
      if (/x509|certificate/.test(c.detail)) return `The component tried to ${what} and did not trust the API server's certificate: its kubeconfig carries another cluster's CA, or the API server's certificate was regenerated with another CA.`;
      if (/timeout|deadline|Timeout/.test(c.detail)) return `The component tried to ${what} and the API server did not answer in time: a firewall or security group, a load balancer without healthy backends, or an API server overloaded (often by a slow etcd).`;
      return `The component tried to ${what} and the request failed: ${c.detail}`;
    },
    causes: ['The API server is down or restarting', "A kubeconfig with the wrong address or another cluster's CA", 'A firewall, load balancer or overload between the component and the API server'],
    fixes: (c) => [
      fix(
        'Check the API server, then the address and CA the component uses',
        ['On a control-plane node, look at the API server container and its log', "Compare the server address and CA in the component's kubeconfig with the cluster's", 'Test the address from where the component runs'],
        `kubectl get --raw='/readyz?verbose'\nsudo crictl ps -a | grep kube-apiserver\nsudo grep -E 'server:|certificate-authority' /etc/kubernetes/controller-manager.conf /etc/kubernetes/scheduler.conf\ncurl -k '${c.url}'`,
      ),
    ],
    references: [DEBUG_CLUSTER, ref('Kubernetes: Certificate management with kubeadm', `${K8S_DOCS}/tasks/administer-cluster/kubeadm/kubeadm-certs/`)],
    samples: ['E0412 20:21:05.886182       5 leaderelection.go:224] error retrieving resource lock kube-system/kube-controller-manager: Get https://127.0.0.1/api/v1/namespaces/kube-system/endpoints/kube-controller-manager: dial tcp 127.0.0.1:443: getsockopt: connection refused'],
  },
  {
    id: 'k8s.etcd-client-unavailable',
    language: 'kubernetes',
    // etcd's v2 client (the API server before 1.13, and its clients) when no member answers.
    match: /client: etcd cluster is unavailable or misconfigured(?:; error #0: (?<detail>[^\n"\\]{1,300}))?/,
    requires: /etcd cluster is unavailable or misconfigured/,
    errorType: 'etcd cluster is unavailable or misconfigured',
    category: 'runtime',
    priority: 31,
    summary: (c) => `No etcd member answered the request${c.detail ? `: ${c.detail}` : ''}.`,
    explanation: (c) =>
      `The API server (or the component logging it) could not get an answer from any etcd endpoint it is configured with. ${c.detail && /has no leader/.test(c.detail) ? 'The member answered but has no leader: the etcd members lost quorum (too many members down, or unable to reach each other), and the cluster accepts no writes until quorum is back.' : 'etcd is down, its endpoints (--etcd-servers) or client certificates are wrong, or the members lost quorum.'}`,
    causes: ['etcd members down or unable to reach each other (no quorum)', 'Wrong --etcd-servers or etcd client certificates on the API server', 'A disk too slow for etcd (leader elections keep failing)'],
    fixes: [
      fix(
        "Check etcd's members and health",
        ['Look at the etcd pods or service on the control-plane nodes and their logs', 'Check the health of every endpoint with etcdctl (with the cluster\'s client certificates)'],
        'sudo crictl ps -a | grep etcd\nsudo ETCDCTL_API=3 etcdctl --endpoints=https://127.0.0.1:2379 \\\n  --cacert=/etc/kubernetes/pki/etcd/ca.crt --cert=/etc/kubernetes/pki/etcd/server.crt --key=/etc/kubernetes/pki/etcd/server.key \\\n  endpoint status --cluster -w table',
      ),
    ],
    references: [ref('Kubernetes: Operating etcd clusters', `${K8S_DOCS}/tasks/administer-cluster/configure-upgrade-etcd/`)],
    samples: ['E0218 03:22:53.751888       1 leaderelection.go:224] error retrieving resource lock kube-system/kube-controller-manager: client: etcd cluster is unavailable or misconfigured; error #0: client: etcd member http://127.0.0.1:2379 has no leader'],
  },
  {
    id: 'k8s.minikube-apiserver-healthz',
    language: 'kubernetes',
    // minikube's log (its api_server.go) polling the API server's /healthz while it starts the cluster.
    match: /api_server\.go:\d{1,6}\] stopped: (?<url>https?:\/\/[^\s/]{1,300}\/\S{0,60}?): (?<detail>[^\n]{1,300})/,
    requires: /api_server\.go:/,
    errorType: (c) => networkReason(c.detail) ?? (/\bEOF\b/.test(c.detail) ? 'EOF' : 'Unable to connect to the server'),
    category: 'network',
    priority: 31,
    summary: (c) => `minikube's check of the API server's health at ${dialed(c.url) ?? c.url} failed (${networkReason(c.detail) ?? c.detail}).`,
    explanation:
      "While it starts the cluster, minikube polls the API server's /healthz inside the VM or container. This line means the API server did not answer yet or at all: it is still starting (normal for a few lines), it keeps crashing inside the node (too little memory for the driver, etcd failing), or the host cannot reach the node's IP (a VPN, proxy or firewall in the way; HTTP_PROXY without NO_PROXY for the minikube IP).",
    causes: ['The API server still starting, or crashing inside the minikube node', 'Too little memory or CPU given to minikube', 'A proxy, VPN or firewall between the host and the minikube IP'],
    fixes: (c) => [
      fix(
        'Read the API server logs inside minikube, then restart it with more room',
        [`Test ${c.url} from the host`, "Look at minikube's logs for the API server and etcd", 'If a proxy is set, add the minikube IP to NO_PROXY', 'Delete and start again with more memory if the API server keeps restarting'],
        `curl -k ${c.url}\nminikube logs --file=minikube.log\nminikube ssh -- sudo crictl ps -a | grep -E "kube-apiserver|etcd"\nexport NO_PROXY=$NO_PROXY,$(minikube ip)\nminikube delete && minikube start --memory=4096 --cpus=2`,
      ),
    ],
    references: [ref('minikube: Troubleshooting', 'https://minikube.sigs.k8s.io/docs/handbook/troubleshooting/'), ref('minikube: Proxies and VPNs', 'https://minikube.sigs.k8s.io/docs/handbook/vpn_and_proxy/')],
    samples: ['I0113 13:18:43.370887    3964 api_server.go:256] stopped: https://192.168.212.89:8443/healthz: Get "https://192.168.212.89:8443/healthz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)'],
  },
  {
    id: 'k8s.logs-waiting-to-start',
    language: 'kubernetes',
    // kubectl logs against a container that has not started, in the API server's older words (no status reason shown:
    // it is a 400, BadRequest, as the newer "Error from server (BadRequest): …" says).
    match: /Error from server: container "(?<container>[^"\n]{1,253})" in pod "(?<pod>[^"\n]{1,253})" is waiting to start(?<state>: \w{1,60}| - no logs yet)/,
    requires: /is waiting to start/,
    errorType: 'BadRequest',
    category: 'runtime',
    priority: 20,
    summary: (c) => `kubectl logs has nothing to show: the container ${c.container} of the pod ${c.pod} has not started yet${/: /.test(c.state) ? ` (${c.state.slice(2)})` : ''}.`,
    explanation: 'A container writes logs only once it runs. It is still waiting: its image is being pulled or cannot be pulled, a volume or secret is missing, or an init container has not finished. The reason is in the pod\'s status and events, not in its logs.',
    causes: ['The image is still being pulled, or cannot be (ImagePullBackOff)', 'A volume, secret or ConfigMap the container needs is missing', 'Init containers still running or failing'],
    fixes: (c) => [
      fix(`Read why ${c.pod} is waiting`, ["Describe the pod: the container's State and the Events say what it waits for", 'For a container that crashed before, read the previous instance\'s logs'], `kubectl describe pod ${c.pod} | sed -n "/Events:/,$p"\nkubectl get pod ${c.pod} -o jsonpath='{.status.containerStatuses[*].state}'\nkubectl logs ${c.pod} -c ${c.container} --previous`),
    ],
    references: [ref('Kubernetes: Debug pods', `${K8S_DOCS}/tasks/debug/debug-application/debug-pods/`)],
    samples: ['$ kubectl logs test\nError from server: container "test" in pod "test" is waiting to start - no logs yet'],
  },
  // ---------------------------------------------------------------- cloud clusters
  {
    id: 'k8s.eks-nodegroup-issue',
    language: 'kubernetes',
    // An EKS managed node group's health issue, as Terraform, CloudFormation, the CDK, Pulumi or eksctl report it.
    match:
      /\b(?<code>NodeCreationFailure|AsgInstanceLaunchFailures|InstanceLimitExceeded|InsufficientFreeAddresses|IamInstanceProfileNotFound|IamNodeRoleNotFound|Ec2SecurityGroupNotFound|Ec2LaunchTemplateNotFound|Ec2SubnetInvalidConfiguration|AmiIdNotFound|ClusterUnreachable)(?:,\s?Message[=:]\s?|: )(?<message>[^\n\]}]{1,300})/,
    requires: /NodeCreationFailure|AsgInstanceLaunchFailures|InstanceLimitExceeded|InsufficientFreeAddresses|IamInstanceProfileNotFound|IamNodeRoleNotFound|Ec2SecurityGroupNotFound|Ec2LaunchTemplateNotFound|Ec2SubnetInvalidConfiguration|AmiIdNotFound|ClusterUnreachable/,
    errorType: (c) => c.code,
    category: 'configuration',
    priority: 40,
    summary: (c) => {
      const group = /Node ?[Gg]roup \(?(?<g>[\w:.-]{1,200})\)?/.exec(c.message)?.groups?.g;
      return `The EKS managed node group${group ? ` ${group}` : ''} failed: ${c.code} (${c.message.replace(/[.,]\s*Resource ?I[Dd]s?[:=].*$/, '').trim()}).`;
    },
    explanation: (c) => EKS_ISSUES[c.code] ?? EKS_ISSUES.NodeCreationFailure,
    causes: (c) =>
      c.code === 'NodeCreationFailure'
        ? ['The node IAM role missing from aws-auth (or without an access entry)', 'Nodes unable to reach the cluster endpoint (private subnets without NAT or VPC endpoints, public access CIDRs, security groups)', 'A custom AMI or launch template whose user data does not bootstrap the node into this cluster']
        : [EKS_ISSUES[c.code] ?? 'What the issue code names'],
    fixes: (c) => {
      const ids = /(i-[0-9a-f]{8,17})/.exec(c.message)?.[1];
      return [
        fix(
          c.code === 'NodeCreationFailure' ? 'Find out why the instances did not register' : `Fix what ${c.code} names, then recreate the node group`,
          c.code === 'NodeCreationFailure'
            ? ["Read the node group's health issues and an instance's console output (the kubelet's and bootstrap's errors)", "Check that the node role is mapped in aws-auth (or has an access entry) and that the subnets reach the endpoint", 'Delete the failed node group and create it again once fixed']
            : ["Read the node group's health issues", 'Fix the resource it names (quota, subnet, role, launch template), then recreate the node group'],
          `aws eks describe-nodegroup --cluster-name <cluster> --nodegroup-name <nodegroup> --query nodegroup.health\n${ids ? `aws ec2 get-console-output --instance-id ${ids} --latest --output text | tail -50\n` : ''}kubectl -n kube-system get configmap aws-auth -o yaml\naws eks describe-cluster --name <cluster> --query cluster.resourcesVpcConfig`,
        ),
      ];
    },
    references: [EKS_TROUBLESHOOT, EKS_NODEGROUP],
    samples: ['Error: error waiting for EKS Node Group (app-eks-prd:app-eks-prd_public_node_group) creation: NodeCreationFailure: Instances failed to join the kubernetes cluster. Resource IDs: [i-0b06c566c8c8f87d7]'],
  },
  // ---------------------------------------------------------------- GitOps and packaging wrapped by other tools
  {
    id: 'k8s.argocd-comparison',
    language: 'kubernetes',
    // The messages of Argo CD's ComparisonError condition, shown in the UI without the condition's name. Low priority:
    // a generator's error inside (Helm, kustomize, the API server) is what the report is about.
    match: /(?<phase>Failed to compare desired state to live state|Failed to load target state|Failed to load live state): (?<detail>[^\n]{0,400})/,
    requires: /Failed to (?:compare desired state|load target state|load live state)/,
    errorType: 'ComparisonError',
    category: 'configuration',
    priority: 11,
    summary: (c) => `Argo CD could not compare the application with the cluster (ComparisonError): ${c.detail.slice(0, 220)}`,
    explanation: (c) =>
      /not declared in schema|typed|normalization/.test(c.detail)
        ? "Argo CD's diff (server-side structured merge) could not build a typed object from the live resource: a field the schema it knows does not declare, usually because Argo CD is newer than the cluster supports (or the reverse), or a CRD's schema is incomplete. The application stays Unknown until the versions match or the diff is configured around it."
        : /target state|generate manifest/.test(c.phase + c.detail)
          ? "Argo CD's repo server could not generate the manifests from the application's source (helm template, kustomize build, a plugin, a Git or Helm repository it cannot read): the error after the phase is the generator's."
          : "Argo CD could not read or diff the resources in the cluster: its access to the cluster, or a resource it cannot normalise.",
    causes: ['An Argo CD version not supported by this Kubernetes version', 'A source that does not render (Helm or kustomize errors, a repository Argo CD cannot read)', "A CRD whose schema does not match the live objects"],
    fixes: [
      fix(
        "Read the application's conditions and the repo server's log",
        ['Look at the full condition message and reproduce the generation locally (helm template or kustomize build of the same path and revision)', "Check Argo CD's version against the cluster's supported versions"],
        'argocd app get <app> --show-operation\nkubectl -n argocd get application <app> -o jsonpath=\'{.status.conditions}\'\nkubectl -n argocd logs deploy/argocd-repo-server --tail=100\nargocd version',
      ),
    ],
    references: [ref('Argo CD: Troubleshooting tools', 'https://argo-cd.readthedocs.io/en/stable/user-guide/troubleshooting/'), ref('Argo CD: Tested Kubernetes versions', 'https://argo-cd.readthedocs.io/en/stable/operator-manual/tested-kubernetes-versions/')],
    samples: ['Failed to compare desired state to live state: failed to perform pre-diff normalization: error building typed results: error creating typedLive: .status: field not declared in schema'],
  },
  {
    id: 'k8s.flux-release-not-loaded',
    language: 'kubernetes',
    // Flux's helm-controller (and the old helm-operator) uninstalling a failed release that Helm no longer knows.
    match: /Helm (?:uninstall|install|upgrade|rollback) failed: (?:uninstall: )?Release not loaded: (?<release>[\w.-]{1,53}): release: not found/,
    requires: /Release not loaded: /,
    errorType: 'release: not found',
    category: 'configuration',
    priority: 36,
    summary: (c) => `Helm has no record of the release ${c.release}, so the controller could not uninstall or roll it back.`,
    explanation: (c) =>
      `Flux (or another operator running Helm) tried to remediate a failed install of ${c.release} by uninstalling it, but Helm keeps no release record for it: the first install failed before the record was written (a template error, a resource that already exists), or the release secret was deleted. The real error is the install's, which this remediation hides: look at the HelmRelease's events and the helm-controller log before this line.`,
    causes: ['A first install that failed (template error, conflicting resource) before Helm recorded the release', 'Release secrets (sh.helm.release.v1.*) deleted by hand'],
    fixes: (c) => [
      fix(
        `Find the install error of ${c.release}, then reset the HelmRelease`,
        ["Read the HelmRelease's status and events (the first failure is the install's)", 'Render the chart with the same values to see a template error', 'Once fixed, suspend and resume the HelmRelease (or delete it) so it installs afresh'],
        `flux get helmreleases -A\nkubectl describe helmrelease ${c.release} -n <namespace>\nkubectl -n flux-system logs deploy/helm-controller | grep ${c.release} | head -20\nflux suspend helmrelease ${c.release} -n <namespace> && flux resume helmrelease ${c.release} -n <namespace>`,
      ),
    ],
    references: [ref('Flux: HelmRelease (remediation)', 'https://fluxcd.io/flux/components/helm/helmreleases/')],
    samples: ['podinfo  \thelmrelease/podinfo\tFalse\tHelm uninstall failed: uninstall: Release not loaded: podinfo: release: not found'],
  },
  {
    id: 'k8s.kustomize-wrapped',
    language: 'kubernetes',
    // kustomize's build error quoted by another tool without its "Error: " prefix (a controller's status, a CI step).
    match: /kustomize build failed: accumulating resources: (?<detail>[^\n]{0,300})|(?<!Error: )\baccumulating resources: (?<detail2>accumulat(?:ion err|eFile)[^\n]{0,300})/,
    requires: /accumulating resources: /,
    errorType: 'accumulating resources',
    category: 'configuration',
    priority: 34,
    summary: (c) => `kustomize could not build the resources of a kustomization: ${(c.detail ?? c.detail2 ?? '').slice(0, 220)}`,
    explanation: (c) => {
      const d = c.detail ?? c.detail2 ?? '';
      const file = /accumulating resources from '(?<f>[^'\n]{1,300})'/.exec(d)?.groups?.f;
      if (/no such file or directory|evalsymlink failure|must resolve to a file/.test(d)) return `An entry of resources: in a kustomization.yaml${file ? ` (${file})` : ''} names a file or directory that does not exist relative to that kustomization: a typo, a file that was moved, or a path that is only there in another checkout.`;
      if (/yaml: line/.test(d)) return `A file listed in resources:${file ? ` (${file})` : ''} is not valid YAML; kustomize then also tries it as a directory, which adds the confusing "must be a directory" part.`;
      return 'kustomize walks the resources: list of each kustomization and failed on one entry; the innermost message in the chain says which file and why.';
    },
    causes: ['A resources: entry that points at a missing file or directory', 'A listed file that is not valid YAML', 'A remote base that cannot be fetched'],
    fixes: [
      fix('Build the kustomization locally and fix the entry it names', ['Run kustomize build on the same directory; the innermost "accumulating resources from" names the bad entry', 'Fix the path (relative to that kustomization.yaml) or the YAML'], 'kustomize build <dir>        # or: kubectl kustomize <dir>\nls <dir>   # compare with the resources: list of <dir>/kustomization.yaml'),
    ],
    references: [ref('Kubernetes: Declarative management with kustomize', `${K8S_DOCS}/tasks/manage-kubernetes-objects/kustomization/`)],
    samples: ["canaries   148d   False   kustomize build failed: accumulating resources: accumulation err='accumulating resources from 'k8s': read /tmp/kustomization-2520510114/fixtures/k8s: is a directory'"],
  },
  {
    id: 'k8s.kind-bootstrap-wrapped',
    language: 'kubernetes',
    // kind's node bootstrap failing inside another tool that creates a kind cluster (Anthos bmctl, Terraform's provider).
    match: /(?:create kind cluster failed|error creating bootstrap cluster|Error creating cluster)[^\n]{0,120}?(?<step>failed to init node with kubeadm|failed to join node with kubeadm)/,
    requires: /node with kubeadm/,
    errorType: (c) => c.step,
    category: 'runtime',
    priority: 34,
    summary: (c) => `kind could not start its cluster: kubeadm ${c.step.includes('join') ? 'join' : 'init'} failed inside the node container.`,
    explanation:
      "kind runs kubeadm inside a Docker container that plays the node; this line only says that kubeadm failed there. The reason is in kubeadm's output and the node's kubelet log: too little memory or disk for Docker, cgroup v2 or a kernel the node image does not support, inotify limits too low, an old kind with a new node image, or a cluster name kubeadm refuses (underscores).",
    causes: ['Docker short of memory, CPU or disk', 'A node image and kind version that do not match', 'Kernel or cgroup settings the node cannot use (inotify limits, cgroup v2 with an old kind)', 'A cluster name with characters kubeadm does not accept'],
    fixes: [
      fix(
        'Keep the failed node and read its logs',
        ['Create the cluster again with --retain and export the logs', "Read the kubelet's and kubeadm's errors in the export", 'Give Docker more resources, raise inotify limits, or use the node image that matches your kind version'],
        'kind create cluster --retain -v 1\nkind export logs ./kind-logs\ndocker exec -it kind-control-plane journalctl -u kubelet --no-pager | tail -50\nsudo sysctl fs.inotify.max_user_watches=524288 fs.inotify.max_user_instances=512',
      ),
    ],
    references: [ref('kind: Known issues', 'https://kind.sigs.k8s.io/docs/user/known-issues/')],
    samples: ['E0819 13:36:27.890266  353646 console.go:84] Error creating cluster: create kind cluster failed: error creating bootstrap cluster: failed to init node with kubeadm: command "docker exec --privileged bmctl-control-plane kubeadm init --skip-phases=preflight --config=/kind/kubeadm.conf --skip-token-print --v=6" failed with error: exit status 1'],
  },
  {
    id: 'k8s.helm2-repository',
    language: 'kubernetes',
    // Helm 2's wording ("Looks like" capitalised, helm init adding the stable repository); Helm 3's is k8s.helm-repository's.
    match: /Error: Looks like "(?<url>[^"\n]{1,300})" is not a valid chart repository or cannot be reached(?:: (?<detail>[^\n]{1,300}))?/,
    requires: /is not a valid chart repository/,
    errorType: 'is not a valid chart repository or cannot be reached',
    category: 'network',
    priority: 30,
    summary: (c) => `Helm could not read the index of the chart repository ${c.url}${c.detail ? ` (${networkReason(c.detail) ?? c.detail})` : ''}.`,
    explanation: (c) => {
      if (c.detail && /kubernetes-charts(?:-incubator)?\.storage\.googleapis\.com/.test(c.url)) return `The old stable and incubator repositories (${c.url}) were shut down in November 2020; ${networkReason(c.detail) ? `here the lookup failed outright (${networkReason(c.detail)}), ` : ''}and even when reached they serve nothing. Use https://charts.helm.sh/stable, or better the chart's own repository.`;
      if (c.detail && networkReason(c.detail)) return `Helm fetches index.yaml from the repository URL and the network failed (${networkReason(c.detail)}): DNS or the internet is not reachable from where Helm runs (a pod without egress, a proxy not set), or the host is down.`;
      return 'Helm fetched the repository URL but found no valid index.yaml there: the URL points at a web page instead of a chart repository, or needs credentials.';
    },
    causes: ['The retired stable repository (kubernetes-charts.storage.googleapis.com)', 'No DNS or internet access (or no proxy settings) where Helm runs', 'A URL that is not a chart repository'],
    fixes: (c) => [
      fix(
        'Point Helm at a repository that exists and that it can reach',
        ['Test the index URL from the same place Helm runs', 'Replace the retired stable repository', 'Set HTTPS_PROXY if the network needs one'],
        `curl -sSI ${c.url.replace(/\/$/, '')}/index.yaml\nhelm init --stable-repo-url https://charts.helm.sh/stable   # Helm 2\nhelm repo add stable https://charts.helm.sh/stable --force-update`,
      ),
    ],
    references: [ref('Helm: Chart repository guide', 'https://helm.sh/docs/topics/chart_repository/'), ref('Helm: The stable and incubator repositories have moved', 'https://helm.sh/blog/new-location-stable-incubator-charts/')],
    samples: ['Error: Looks like "https://kubernetes-charts.storage.googleapis.com" is not a valid chart repository or cannot be reached: Get https://kubernetes-charts.storage.googleapis.com/index.yaml: dial tcp: lookup kubernetes-charts.storage.googleapis.com on 10.152.183.10:53: read udp 10.1.1.125:56134->10.152.183.10:53: i/o timeout'],
  },
];

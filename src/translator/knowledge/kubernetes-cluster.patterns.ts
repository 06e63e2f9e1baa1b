import type { ErrorPattern } from '../rules/error-pattern';

import { fix, ref } from './answer-parts';

/**
 * Running a Kubernetes cluster day to day: kubectl's operations (server-side apply, drain, exec,
 * port-forward), the kubelet's node health (PLEG, the network plugin), CoreDNS, Jobs and autoscaling,
 * volume expansion and claim binding, containers the runtime cannot start, admission and conversion
 * webhooks, namespaces being deleted, the control plane (etcd, kubeadm join, k3s joining its servers), and
 * the add-ons around it (cert-manager's ACME orders, external-dns, ingress-nginx). The type is the reason Kubernetes or the
 * add-on names, else the message's phrase (README).
 */

const K8S_DOCS = 'https://kubernetes.io/docs';

/** ACME's error types (RFC 8555 section 6.7) as cert-manager reports them, with why each happens. */
const ACME_ERRORS: Readonly<Record<string, string>> = {
  rateLimited:
    "Let's Encrypt (or another ACME CA) refused the order for a rate limit: too many failed validations for the account and hostname in the last hour, or too many certificates for the registered domain this week. Every retry of a failing validation counts, so a broken challenge soon hits the limit.",
  unauthorized: 'The CA could not validate control of the domain: the HTTP-01 challenge file or the DNS-01 TXT record it fetched was not the one it expected (a wrong ingress, a proxy answering the challenge path, a stale record).',
  dns: 'The CA could not resolve the domain (no A/AAAA record for HTTP-01, no TXT record for DNS-01, or a DNS server failing).',
  connection: 'The CA could not connect to the domain on port 80 (HTTP-01) or 443 (TLS-ALPN-01): a firewall, a load balancer not yet ready, or DNS pointing elsewhere.',
  caa: "The domain's CAA records do not allow this CA to issue certificates for it.",
  rejectedIdentifier: 'The CA will not issue for this name (an internal name, an IP address or a name on its block list).',
};

export const KUBERNETES_CLUSTER_PATTERNS: readonly ErrorPattern[] = [
  {
    id: 'k8s.apply-field-conflict',
    language: 'kubernetes',
    match: /Apply failed with (?<count>\d{1,4}) conflicts?: conflict with "(?<manager>[^"\n]{1,128})"(?: using (?<version>[\w./-]{1,60}))?: (?<field>[^\n]{1,200})/,
    requires: /Apply failed with/,
    errorType: 'Conflict',
    category: 'configuration',
    priority: 40,
    summary: (c) => `Server-side apply refused to change ${c.field}: another field manager, ${c.manager}, owns it.`,
    explanation: (c) =>
      `With server-side apply every field has owners. ${c.field} was last set by ${c.manager} (another tool, controller or kubectl edit), and this apply sets it to another value, so the API server answers 409 Conflict instead of silently taking it over. Terraform's kubernetes provider, Helm 4, Argo CD and kubectl --server-side all apply this way.`,
    causes: ['Two tools (or a tool and a manual kubectl edit) managing the same field', 'A field set by a controller (an operator, a mutating webhook) that this manifest also sets'],
    fixes: (c) => [
      fix(`Decide who owns ${c.field}, then force or drop it`, [`If this manifest should own it, apply with --force-conflicts (Terraform: force_conflicts = true); otherwise remove ${c.field} from the manifest and leave it to ${c.manager}${c.version ? ` (which applied it with ${c.version})` : ''}.`], `kubectl get <kind> <name> -o yaml --show-managed-fields | less   # see ${c.manager}'s fields\nkubectl apply --server-side --force-conflicts -f manifest.yaml`),
    ],
    references: [ref('Kubernetes: Server-Side Apply, conflicts', `${K8S_DOCS}/reference/using-api/server-side-apply/#conflicts`)],
    samples: ['Error: kube-system/aws-auth failed to run apply: Apply failed with 1 conflict: conflict with "vpcLambda" using v1: .data.mapRoles'],
  },
  {
    id: 'k8s.drain-blocked',
    language: 'kubernetes',
    match: /error when evicting pods?[/ ]"(?<pod>[^"\n]{1,253})"[^\n]{0,200}?: (?<pdb>Cannot evict pod as it would violate the pod's disruption budget)|(?<storage>(?:cannot delete )?[Pp]ods with local storage) \(use --delete-(?<flag>local|emptydir)-data to override\): (?<pods>[^\n]{1,300})/,
    requires: /disruption budget|with local storage/,
    errorType: (c) => (c.pdb ? 'Cannot evict pod' : 'pods with local storage'),
    category: 'configuration',
    priority: 40,
    summary: (c) => (c.pdb ? `kubectl drain cannot evict ${c.pod}: its PodDisruptionBudget allows no more disruptions now.` : `kubectl drain stopped: ${c.pods} use emptyDir (local) storage, which eviction would delete.`),
    explanation: (c) =>
      c.pdb
        ? `Drain evicts pods through the Eviction API, which honours PodDisruptionBudgets. The budget covering ${c.pod} would be violated (minAvailable reached, or maxUnavailable 0), so the eviction is refused and drain retries every 5 s until its timeout. A budget on a single-replica deployment, or pods of the same app all on this node, never lets drain finish.`
        : `Drain refuses to evict pods with emptyDir volumes unless told to, because their data is lost with the pod: ${c.pods}.`,
    causes: (c) => (c.pdb ? ['A PodDisruptionBudget with minAvailable equal to the replica count (or maxUnavailable 0)', 'A single-replica workload with a budget', 'Other replicas not ready, so none may go'] : ['Pods using emptyDir volumes (caches, scratch space) on the node']),
    fixes: (c) => [
      c.pdb
        ? fix(`Let the budget allow one disruption for ${c.pod}`, ['Scale the workload up (or move replicas to other nodes) so one may go, or relax the budget during maintenance; do not delete the pod by hand around it.'], `kubectl get pdb -A -o wide\nkubectl get pod ${c.pod} -o wide\nkubectl scale deployment <name> --replicas=2`)
        : fix('Drain and accept losing the emptyDir data', [`If ${c.pods} can lose their scratch data, pass the flag drain names.`], `kubectl drain <node> --ignore-daemonsets --delete-${c.flag === 'local' ? 'local' : 'emptydir'}-data`),
    ],
    references: [ref('Kubernetes: Safely drain a node', `${K8S_DOCS}/tasks/administer-cluster/safely-drain-node/`)],
    samples: [
      'evicting pod "istio-pilot-67fd55d974-662wp"\nerror when evicting pod "istio-pilot-67fd55d974-662wp" (will retry after 5s): Cannot evict pod as it would violate the pod\'s disruption budget.',
      'error: cannot delete Pods with local storage (use --delete-emptydir-data to override): default/cache-7d9c8',
    ],
  },
  {
    id: 'k8s.hpa-metrics',
    language: 'kubernetes',
    match: /failed to get (?<resource>cpu|memory) utilization: (?<detail>[^\n"]{1,300})|(?<reason>FailedGetResourceMetric|FailedComputeMetricsReplicas)\b[^\n]{0,200}?(?:failed to get (?<resource2>cpu|memory) utilization: (?<detail2>[^\n"]{1,300}))?/,
    requires: /utilization: |FailedGetResourceMetric|FailedComputeMetricsReplicas/,
    errorType: (c) => c.reason ?? 'FailedGetResourceMetric',
    category: 'configuration',
    priority: 40,
    summary: (c) => `The HorizontalPodAutoscaler could not read the pods' ${c.resource ?? c.resource2 ?? 'resource'} usage, so it cannot scale.`,
    explanation: (c) => {
      const detail = c.detail ?? c.detail2 ?? '';
      if (/missing request/.test(detail)) return `A utilization target is a percentage of the containers' requests, and some container of the pods sets no ${c.resource ?? c.resource2 ?? 'resource'} request (sidecars count too).`;
      return `The HPA reads pod metrics from the metrics API (metrics-server). It got none for these pods (${detail || 'no details'}): metrics-server is not installed or not ready, the pods are too new to have a sample, or the kubelets' metrics cannot be scraped.`;
    },
    causes: ['metrics-server not installed, not ready, or unable to scrape the kubelets', 'A container without a CPU/memory request (utilization needs requests)', 'Pods just started: no metrics sample yet'],
    fixes: (c) => [
      fix(`Check the metrics API and the pods' ${c.resource ?? c.resource2 ?? 'resource'} requests`, ['See whether kubectl top works for the pods; install or fix metrics-server; give every container a request.'], `kubectl top pods -n <namespace>\nkubectl get apiservice v1beta1.metrics.k8s.io\nkubectl describe hpa <name>`),
    ],
    references: [ref('Kubernetes: Horizontal Pod Autoscaling', `${K8S_DOCS}/tasks/run-application/horizontal-pod-autoscale/`)],
    samples: ['Warning  FailedGetResourceMetric  2m  horizontal-pod-autoscaler  failed to get cpu utilization: unable to get metrics for resource cpu: no metrics returned from resource metrics API'],
  },
  {
    id: 'k8s.pleg-unhealthy',
    language: 'kubernetes',
    match: /PLEG is not healthy: pleg (?:was last seen active (?<ago>[\w.]{1,40}) ago; threshold is (?<threshold>[\w.]{1,20})|has yet to be successful)/,
    requires: /PLEG is not healthy/,
    errorType: 'PLEG is not healthy',
    category: 'runtime',
    priority: 40,
    summary: (c) => `The kubelet's pod lifecycle event generator has stalled${c.ago ? ` for ${c.ago}` : ''}: the node goes NotReady.`,
    explanation: (c) =>
      `The kubelet relists all containers from the container runtime about every second (PLEG). When a relist has not finished for longer than ${c.threshold ?? '3 minutes'}, the node is reported not ready. The runtime (containerd, Docker, CRI-O) is hanging or very slow: too many containers on the node, a container stuck in a hung filesystem or network mount, an overloaded disk or CPU, or a runtime bug.`,
    causes: ['A hung container runtime (containerd/dockerd not answering)', 'A container stuck on a hung mount (NFS) or in uninterruptible I/O', 'Node overload: disk I/O, CPU or too many containers'],
    fixes: (c) => [
      fix('Check the runtime on the node, then restart it', [`Time a list of containers on the node; if it hangs past ${c.threshold ?? 'the threshold'}, find the stuck container in the runtime's log and restart the runtime (then the kubelet).`], 'time crictl ps -a\njournalctl -u containerd --since "30 min ago"\nsudo systemctl restart containerd && sudo systemctl restart kubelet'),
    ],
    references: [ref('Kubernetes: Node status', `${K8S_DOCS}/reference/node/node-status/`)],
    samples: ['kubelet.go:2055] "Skipping pod synchronization" err="PLEG is not healthy: pleg was last seen active 2h33m12.704970756s ago; threshold is 3m0s"'],
  },
  {
    id: 'k8s.network-not-ready',
    language: 'kubernetes',
    match: /NetworkReady=false reason:(?<reason>NetworkPluginNotReady) message:(?<message>[^\n]{0,300})|(?<event>NetworkNotReady)\b[^\n]{0,300}?network is not ready: (?<message2>[^\n]{0,300})/,
    requires: /NetworkPluginNotReady|NetworkNotReady/,
    errorType: (c) => c.reason ?? c.event ?? 'NetworkNotReady',
    category: 'configuration',
    priority: 40,
    summary: 'The node has no working pod network: the CNI plugin is not installed or not configured yet.',
    explanation: (c) =>
      `The kubelet found no usable CNI configuration in /etc/cni/net.d (${c.message ?? c.message2 ?? 'cni config uninitialized'}). Until the cluster's network plugin (Calico, Flannel, Cilium…) writes its config there, the node stays NotReady and pods other than host-network ones cannot start. Right after kubeadm init this is expected: the network add-on is installed next.`,
    causes: ['No network add-on installed yet (after kubeadm init)', 'The CNI DaemonSet pod on this node is failing', 'CNI config or binaries in another directory than the runtime expects'],
    fixes: () => [
      fix('Install (or repair) the network add-on', ['Apply the network plugin\'s manifest if none is installed; otherwise look at its DaemonSet pod on this node and the CNI directory.'], 'ls /etc/cni/net.d /opt/cni/bin\nkubectl get pods -n kube-system -o wide | grep -Ei "calico|flannel|cilium|weave"\nkubectl describe node <node> | grep -A5 Conditions'),
    ],
    references: [ref('Kubernetes: Network plugins', `${K8S_DOCS}/concepts/extend-kubernetes/compute-storage-net/network-plugins/`)],
    samples: ['kubelet.go:2104] Container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:docker: network plugin is not ready: cni config uninitialized'],
  },
  {
    id: 'k8s.job-failed',
    language: 'kubernetes',
    match: /reason: (?<reason>BackoffLimitExceeded|DeadlineExceeded)\b|(?<message>Job has reached the specified backoff limit|Job was active longer than specified deadline)|(?<event>BackoffLimitExceeded|DeadlineExceeded)\s{1,40}(?:job-controller)/,
    requires: /BackoffLimitExceeded|DeadlineExceeded|Job has reached the specified backoff limit|Job was active longer/,
    errorType: (c) => c.reason ?? c.event ?? (c.message?.includes('deadline') ? 'DeadlineExceeded' : 'BackoffLimitExceeded'),
    category: 'runtime',
    priority: 40,
    summary: (c) => ((c.reason ?? c.event ?? c.message ?? '').match(/Deadline|deadline/) ? 'The Job ran longer than its activeDeadlineSeconds and was stopped.' : "The Job's pods failed more times than its backoffLimit allows, so the Job failed."),
    explanation: (c) =>
      (c.reason ?? c.event ?? c.message ?? '').match(/Deadline|deadline/)
        ? 'activeDeadlineSeconds limits the whole Job, retries included; when it passes, the running pods are killed and the Job is marked failed.'
        : "Each failed pod counts towards backoffLimit (6 by default). The Job's pods exit with an error (the program fails, cannot reach a dependency, or is OOM-killed), and after the last retry the Job gives up: the pods' logs show why each failed.",
    causes: ['The program in the pod exits non-zero (see the pods\' logs)', 'A dependency (database, secret, volume) not reachable from the pod', 'A limit too small: memory (OOMKilled) or activeDeadlineSeconds'],
    fixes: () => [fix("Read the failed pods' logs and exit reasons", ["The Job's pods stay after it fails (unless TTL removes them): read their logs and last state."], 'kubectl get pods -l job-name=<job> -o wide\nkubectl logs -l job-name=<job> --tail=50\nkubectl describe job <job>')],
    references: [ref('Kubernetes: Jobs, pod backoff failure policy', `${K8S_DOCS}/concepts/workloads/controllers/job/#pod-backoff-failure-policy`)],
    samples: ['    conditions:\n    - message: Job has reached the specified backoff limit\n      reason: BackoffLimitExceeded\n      type: Failed'],
  },
  {
    id: 'k8s.namespace-terminating',
    language: 'kubernetes',
    match: /unable to create new content in namespace (?<namespace>[\w.-]{1,63}) because it is being terminated/,
    requires: /because it is being terminated/,
    errorType: 'Forbidden',
    category: 'configuration',
    // Above a controller's "Reconciler error" line around it.
    priority: 45,
    summary: (c) => `Namespace ${c.namespace} is being deleted, so nothing new can be created in it.`,
    explanation: (c) =>
      `A namespace being deleted refuses new objects (the API answers Forbidden) until it is gone. ${c.namespace} stays Terminating while objects in it have finalizers that nobody removes: typically custom resources whose controller was uninstalled first, or an APIService that is unavailable, so the namespace controller cannot list everything to delete.`,
    causes: ['The namespace was deleted and is still terminating', 'Finalizers on objects whose controller no longer runs', 'An unavailable aggregated API blocking the namespace cleanup'],
    fixes: (c) => [
      fix(`See what keeps ${c.namespace} terminating`, ['Read the namespace\'s status conditions: they name the resources and finalizers left. Reinstall their controller to let it finish, or remove the finalizers of what is left once you know it is safe; then recreate the namespace.'], `kubectl get namespace ${c.namespace} -o jsonpath='{.status.conditions}'\nkubectl api-resources --verbs=list --namespaced -o name | xargs -n1 kubectl get -n ${c.namespace} --ignore-not-found --show-kind`),
    ],
    references: [ref('Kubernetes: Namespaces', `${K8S_DOCS}/concepts/overview/working-with-objects/namespaces/`)],
    samples: ['Error from server (Forbidden): error when creating "app.yaml": serviceaccounts "app" is forbidden: unable to create new content in namespace kubeflow because it is being terminated'],
  },
  {
    id: 'k8s.coredns-loop',
    language: 'kubernetes',
    match: /plugin\/loop: (?:Loop \((?<path>[^)\n]{1,100})\) detected for zone "(?<zone>[^"\n]{0,100})"|Seen "[^"\n]{1,200}" more than twice, loop detected)/,
    requires: /plugin\/loop/,
    errorType: 'loop detected',
    category: 'configuration',
    priority: 40,
    summary: (c) => `CoreDNS stopped: it detected a forwarding loop${c.path ? ` (${c.path})` : ''}, its queries coming back to itself.`,
    explanation: () =>
      "CoreDNS forwards names it does not serve to the upstream servers in its pod's /etc/resolv.conf (the node's). On hosts running systemd-resolved (Ubuntu) that file points at 127.0.0.53, a local stub: inside the CoreDNS pod 127.0.0.x is CoreDNS itself, so queries loop. The loop plugin sends a probe query at start, sees it return, and stops CoreDNS (CrashLoopBackOff).",
    causes: ["The node's /etc/resolv.conf names a local stub (127.0.0.53, dnsmasq on 127.0.1.1)", 'A forward directive in the Corefile pointing at the cluster DNS itself'],
    fixes: (c) => [
      fix('Give CoreDNS a real upstream resolver', [`${c.path ? `The probe went ${c.path} and came back. ` : ''}Point the kubelet at the resolv.conf with the real upstreams (resolvConf: /run/systemd/resolve/resolv.conf), or forward to explicit servers in the Corefile; then restart CoreDNS.`], '# /var/lib/kubelet/config.yaml\nresolvConf: /run/systemd/resolve/resolv.conf\n# or in the coredns ConfigMap (Corefile)\nforward . 1.1.1.1 8.8.8.8\nkubectl -n kube-system rollout restart deployment coredns'),
    ],
    references: [ref('CoreDNS: loop plugin, troubleshooting', 'https://coredns.io/plugins/loop/#troubleshooting')],
    samples: ['[FATAL] plugin/loop: Loop (127.0.0.1:34614 -> :53) detected for zone ".", see https://coredns.io/plugins/loop#troubleshooting.'],
  },
  {
    id: 'k8s.kubectl-streams',
    language: 'kubernetes',
    match: /unable to do port forwarding: (?<socat>socat not found)|(?<upgrade>unable to upgrade connection): (?<reason>[^\n]{1,200})/,
    requires: /unable to do port forwarding|unable to upgrade connection/,
    errorType: (c) => (c.socat ? 'socat not found' : 'unable to upgrade connection'),
    category: 'runtime',
    priority: 40,
    summary: (c) => (c.socat ? 'kubectl port-forward failed on the node: socat is not installed there.' : `kubectl could not open the stream to the container: ${c.reason}.`),
    explanation: (c) =>
      c.socat
        ? 'With dockershim and older runtimes, port forwarding runs socat on the node to connect to the pod\'s port. The node has no socat (minimal OS images), so every forwarded connection fails while the listener on your side keeps running.'
        : /container not found/.test(c.reason ?? '')
          ? `exec and attach name a container; ${c.reason}: the pod has no container of that name (or it has not started), which -c must match.`
          : /pod does not exist/.test(c.reason ?? '')
            ? 'The pod was deleted or replaced (a rollout, an eviction) between kubectl finding it and opening the stream.'
            : `kubectl exec, attach and port-forward upgrade their HTTP connection to a stream through the API server to the kubelet; that failed: ${c.reason}. A proxy or load balancer in front of the API server that does not allow upgrades, or a kubelet the API server cannot reach, gives this too.`,
    causes: (c) => (c.socat ? ['socat missing on the node (minimal OS images, dockershim-era clusters)'] : ['Wrong container name (-c) or a container not started', 'The pod replaced meanwhile', 'A proxy between kubectl and the API server that blocks connection upgrades']),
    fixes: (c) => [
      c.socat
        ? fix('Install socat on the nodes', ['Install it with the node\'s package manager (or move to a containerd-based runtime, which does not need it).'], 'sudo apt-get install -y socat   # or: sudo yum install -y socat')
        : fix('Name a container that is running, in a pod that exists', [`List the pod's containers and their state, then exec into one of them (${c.reason}).`], "kubectl get pod <pod> -o jsonpath='{.spec.containers[*].name}'\nkubectl exec -it <pod> -c <container> -- sh"),
    ],
    references: [ref('kubectl: port-forward and exec', `${K8S_DOCS}/reference/kubectl/generated/kubectl_port-forward/`)],
    samples: ['an error occurred forwarding 37017 -> 27017: error forwarding port 27017 to pod mongo-0_default, uid : unable to do port forwarding: socat not found.', 'error: unable to upgrade connection: container not found ("task-pv-container")'],
  },
  {
    id: 'k8s.conversion-webhook',
    language: 'kubernetes',
    // The group/version/kind may be wrapped over two lines by the terminal.
    match: /conversion webhook for (?<gvk>[\s\S]{1,200}?)\s{1,3}failed: (?<reason>[^\n]{1,300})/,
    requires: /conversion webhook for/,
    errorType: 'conversion webhook failed',
    category: 'configuration',
    priority: 40,
    summary: (c) => `The API server could not convert ${c.gvk.replace(/\s*\n\s*/g, '')} between versions: its conversion webhook failed.`,
    explanation: (c) =>
      `This custom resource is stored in one version and served in others, and a webhook converts between them. Every read and write of any version needs the webhook, and it failed: ${c.reason}. Usually the operator that serves it was uninstalled, is not running yet, or its Service or CA bundle in the CRD is wrong; the CRD then blocks listing, and even deleting, its objects.`,
    causes: ["The operator serving the conversion webhook is not running (or was uninstalled) while its CRD remains", "The CRD's conversion clientConfig names a Service that does not exist or a stale caBundle"],
    fixes: (c) => [
      fix('Bring the webhook back, or remove the CRD it belongs to', [`Check the Service named in the CRD's spec.conversion (${c.reason}); start the operator, or if it is gone for good, delete the CRD (and its objects) or set its conversion strategy to None when one version suffices.`], "kubectl get crd <name> -o jsonpath='{.spec.conversion}'\nkubectl get svc,endpoints -A | grep webhook"),
    ],
    references: [ref('Kubernetes: Versions in CustomResourceDefinitions, webhook conversion', `${K8S_DOCS}/tasks/extend-kubernetes/custom-resources/custom-resource-definition-versioning/#webhook-conversion`)],
    samples: ['Error from server (InternalError): Internal error occurred: conversion webhook for capsule.clastix.io/v1alpha1, Kind=Tenant failed: Post "https://webhook-service.system.svc:443/convert?timeout=30s": service "webhook-service" not found'],
  },
  {
    id: 'k8s.admission-webhook-denied',
    language: 'kubernetes',
    // Kyverno puts its report on the lines after the colon.
    match: /[Aa]dmission webhook\s{1,4}"(?<webhook>[^"\n]{1,253})" denied the request:\s{0,4}(?<reason>[^\n]{0,400})/,
    requires: /denied the request/,
    errorType: 'admission webhook denied the request',
    category: 'configuration',
    // Above the status reason around it ("Error from server (BadRequest)").
    priority: 20,
    summary: (c) => `The admission webhook ${c.webhook} refused the object: ${c.reason}`,
    explanation: (c) =>
      /ingress/.test(c.webhook) && /already defined/.test(c.reason)
        ? "ingress-nginx's validating webhook refuses an Ingress whose host and path another Ingress already serves: two Ingresses cannot both claim the same host and path in the same controller."
        : `A validating admission webhook (${c.webhook}) checks objects before they are stored and said no.${/kyverno/.test(c.webhook) ? ' It is a Kyverno policy in Enforce mode: the report lists the policy, the rule and the path that failed.' : /gatekeeper/.test(c.webhook) ? ' It is an OPA Gatekeeper constraint: the name in brackets is the constraint, and the text after it is its violation message.' : ''} Its message names what it objected to: ${c.reason}`,
    causes: ['The object breaks a rule the webhook enforces (a duplicate host and path, an annotation or snippet not allowed, a policy)', 'The webhook checks against other objects that conflict with this one'],
    fixes: (c) => [
      fix(`Change the object so that ${c.webhook} accepts it`, [`Fix what the message names (${c.reason.slice(0, 120)}); for ingress-nginx, find the Ingress that already has the host and path.`], `${/kyverno/.test(c.webhook) ? 'kubectl get clusterpolicies,policies -A\nkubectl get policyreports -A\n' : /gatekeeper/.test(c.webhook) ? 'kubectl get constraints\nkubectl describe constraints | grep -A5 Violations\n' : 'kubectl get ingress -A -o wide\n'}kubectl get validatingwebhookconfigurations`),
    ],
    references: [ref('Kubernetes: Dynamic admission control', `${K8S_DOCS}/reference/access-authn-authz/extensible-admission-controllers/`)],
    samples: ['Error: Failed to create Ingress \'stage/api\' because: admission webhook "validate.nginx.ingress.kubernetes.io" denied the request: host "staging.example.com" and path "/" is already defined in ingress website/web'],
  },
  {
    id: 'k8s.volume-resize-failed',
    language: 'kubernetes',
    match: /reason: '(?<reason>VolumeResizeFailed)' (?<detail>[^\n]{0,300})|(?<event>VolumeResizeFailed)\s{1,40}[^\n]{0,200}?(?:resize volume|expand volume|resize)[^\n]{0,300}/,
    requires: /VolumeResizeFailed/,
    errorType: 'VolumeResizeFailed',
    category: 'configuration',
    priority: 40,
    summary: 'Expanding the persistent volume failed: the storage driver refused or failed the resize.',
    explanation: (c) =>
      `The claim asked for more storage, and the external resizer's call to the CSI driver (ControllerExpandVolume) failed${c.detail ? `: ${c.detail.slice(0, 200)}` : ''}. The StorageClass must allow expansion (allowVolumeExpansion: true) and the driver must support it; some backends only resize detached volumes, have quotas, or limit how often a volume may be resized.`,
    causes: ['The StorageClass or the driver does not support expansion', 'The backend refused (quota, a volume attached where only offline resize works, a resize already in progress)', 'The CSI resizer sidecar lacks permissions'],
    fixes: () => [fix("Read the resizer's reason and the StorageClass", ["Check allowVolumeExpansion and the driver's expansion support; read the claim's events and the csi-resizer's log for the backend's answer."], "kubectl describe pvc <claim>\nkubectl get storageclass <class> -o jsonpath='{.allowVolumeExpansion}'\nkubectl logs -n kube-system deploy/<csi-controller> -c csi-resizer")],
    references: [ref('Kubernetes: Expanding persistent volume claims', `${K8S_DOCS}/concepts/storage/persistent-volumes/#expanding-persistent-volumes-claims`)],
    samples: ["Event(v1.ObjectReference{Kind:\"PersistentVolumeClaim\", Name:\"data-es-0\"}): type: 'Warning' reason: 'VolumeResizeFailed' resize volume \"pvc-df53cd45\" by resizer \"disk.csi.example.com\" failed: rpc error: code = Internal desc = quota exceeded"],
  },
  {
    id: 'k8s.external-dns-route53',
    language: 'kubernetes',
    match: /InvalidChangeBatch: \[?(?<detail>[^\n\]]{1,400})/,
    requires: /InvalidChangeBatch/,
    errorType: 'InvalidChangeBatch',
    category: 'configuration',
    priority: 40,
    summary: 'Route 53 refused the DNS changes external-dns sent for the cluster\'s records.',
    explanation: (c) =>
      /conflicting RRSet of type +CNAME/.test(c.detail)
        ? 'A name cannot have a CNAME and other records at once: the zone already has a CNAME for the name, and external-dns tried to add an A (or TXT ownership) record next to it. Route 53 rejects the whole batch, so none of the zone\'s other changes are applied either.'
        : `Route 53 rejects a change batch as a whole when any change in it is invalid: ${c.detail.slice(0, 200)}. external-dns then retries the same batch every sync.`,
    causes: ['A record created by hand (often a CNAME) with the same name as one external-dns manages', 'Ownership TXT records that clash with a CNAME (use a txt-prefix)', 'A record external-dns believes it owns but that was changed by hand'],
    fixes: () => [fix('Remove the conflicting record or let external-dns own the name', ['Delete or rename the hand-made record, or configure --txt-prefix so the ownership records do not sit on the CNAME\'s name; external-dns retries on its next sync.'], 'aws route53 list-resource-record-sets --hosted-zone-id <zone-id> --query "ResourceRecordSets[?Name==\'<name>.\']"\n# external-dns flag\n--txt-prefix=extdns-')],
    references: [ref('ExternalDNS: AWS tutorial', 'https://kubernetes-sigs.github.io/external-dns/latest/docs/tutorials/aws/')],
    samples: ['level=error msg="InvalidChangeBatch: [RRSet of type A with DNS name demo.example.io. is not permitted because a conflicting RRSet of type  CNAME with the same DNS name already exists in zone example.io.]"'],
  },
  {
    id: 'k8s.acme-order-error',
    language: 'kubernetes',
    // cert-manager reporting the ACME server's problem type (urn:ietf:params:acme:error:*, or ACME v1's urn:acme:error:*).
    match: /(?<status>\d{3}) urn:(?:ietf:params:)?acme:error:(?<type>rateLimited|unauthorized|dns|connection|caa|rejectedIdentifier): (?<detail>[^\n\]]{1,300})/,
    requires: /acme:error:/,
    errorType: (c) => c.type,
    category: 'network',
    priority: 40,
    summary: (c) => `The ACME server refused cert-manager's request (${c.status} ${c.type}): ${c.detail.slice(0, 160)}`,
    explanation: (c) => ACME_ERRORS[c.type] ?? `The ACME server answered ${c.type}.`,
    causes: (c) => (c.type === 'rateLimited' ? ['A challenge that keeps failing, retried until the limit', 'Too many certificates for the same domain this week (re-creating clusters, test environments)'] : ['The challenge cannot be completed as configured (DNS, ingress, firewall)']),
    fixes: (c) => [
      fix(c.type === 'rateLimited' ? 'Fix the failing challenge on the staging CA, then wait out the limit' : `Fix what the CA reports (${c.type})`, [`The CA answered ${c.type}. Read the Challenge resources' status for the reason each validation fails; test with Let's Encrypt's staging issuer, which has much higher limits, and switch back once it issues.`], "kubectl get certificate,certificaterequest,order,challenge -A\nkubectl describe challenge -n <namespace> <name>\n# ClusterIssuer server for testing:\nserver: https://acme-staging-v02.api.letsencrypt.org/directory"),
    ],
    references: [ref("Let's Encrypt: Rate limits", 'https://letsencrypt.org/docs/rate-limits/'), ref('cert-manager: Troubleshooting ACME', 'https://cert-manager.io/docs/troubleshooting/acme/')],
    samples: ['Failed to create Order: 429 urn:ietf:params:acme:error:rateLimited: Error creating new order :: too many failed authorizations recently: see https://letsencrypt.org/docs/rate-limits/'],
  },
  {
    id: 'k8s.container-start-failed',
    language: 'kubernetes',
    // A container state's reason in kubectl describe (Reason:), kubectl get pods' STATUS column, or the pod's JSON.
    match: /(?:^[ \t]{0,12}Reason:[ \t]{1,20}|^(?<pod>[a-z0-9][a-z0-9.-]{0,252}) +\d{1,3}\/\d{1,3} +|"reason": ?")(?<reason>ContainerCannotRun|RunContainerError|CreateContainerError|StartError)\b(?:"?,?\s{0,40}(?:Message:[ \t]{1,20}|"message": ?")(?<message>[^\n"]{1,400}))?/m,
    requires: /ContainerCannotRun|RunContainerError|CreateContainerError|StartError/,
    errorType: (c) => c.reason,
    category: 'runtime',
    // Below CrashLoopBackOff and OOMKilled, the pod's state when they are pasted together.
    priority: 38,
    summary: (c) => `The container runtime could not ${c.reason === 'CreateContainerError' ? 'create' : 'start'} the container${c.pod ? ` of pod ${c.pod}` : ''} (${c.reason})${c.message ? `: ${c.message.slice(0, 200)}` : ''}.`,
    explanation: (c) => {
      const m = c.message ?? '';
      if (/executable file not found|no such file or directory/.test(m) && /exec/.test(m)) return `The image has no program at the command or entrypoint the pod runs (${m.slice(0, 160)}): a wrong command or args, or a minimal image without the shell the command uses.`;
      if (/devicemapper|\/dev\/mapper|graphdriver|overlay/.test(m)) return `The node's container storage driver failed to prepare the container's filesystem (${m.slice(0, 160)}): a storage driver (devicemapper, overlay) in a bad state on that node, often after a daemon restart or a full thin pool.`;
      return `The kubelet asked the container runtime to ${c.reason === 'CreateContainerError' ? 'create' : 'start'} the container and the runtime refused${m ? `: ${m.slice(0, 200)}` : ''}. The message comes from the runtime (Docker, containerd, CRI-O, runc): usually a command that does not exist in the image, a mount or device that cannot be set up, or a name still used by an old container.`;
    },
    causes: ['A command or entrypoint that does not exist in the image', "The node's container storage or runtime in a bad state", 'A volume, device or security setting the runtime cannot apply'],
    fixes: (c) => [
      fix('Read the runtime\'s message for the container, then fix the spec or the node', [`Describe the pod for the state's message${c.message ? ` (${c.message.slice(0, 120)})` : ''}; fix the command, or look at the runtime on the node it ran on.`], `kubectl describe pod ${c.pod ?? '<pod>'}\nkubectl get pod ${c.pod ?? '<pod>'} -o jsonpath='{.status.containerStatuses[*].state}'\n# on the node:\njournalctl -u containerd -u docker --since "30 min ago"`),
    ],
    references: [ref('Kubernetes: Debug pods', `${K8S_DOCS}/tasks/debug/debug-application/debug-pods/`)],
    samples: [
      '    State:\t\tTerminated\n      Reason:\t\tContainerCannotRun\n      Message:\t\tlstat /dev/mapper/docker-202:2-193022579-86a62f1be81b-init: no such file or directory\n      Exit Code:\t-1',
      'NAME                   READY   STATUS              RESTARTS   AGE\nworker-5c7d9b8f-2xk4p   0/1     RunContainerError   3          2m',
    ],
  },
  {
    id: 'k8s.pvc-failed-binding',
    language: 'kubernetes',
    // The persistent volume controller's event on a claim, as an event row or a logged event.
    match: /(?<![\w-])(?<event>FailedBinding)\b(?<row>[^\n]{0,400})|(?<message>no persistent volumes available for this claim(?: and no storage class is set)?)/,
    requires: /FailedBinding|no persistent volumes available for this claim/,
    errorType: 'FailedBinding',
    category: 'configuration',
    priority: 40,
    summary: 'The PersistentVolumeClaim stays Pending: no volume can be bound to it.',
    explanation: (c) => {
      const text = `${c.row ?? ''} ${c.message ?? ''}`;
      if (/no storage class is set/.test(text)) return 'The claim names no storageClassName and the cluster has no default StorageClass, so nothing provisions a volume; and no existing PersistentVolume without a class matches the claim (size, access mode). Bare-metal and kubeadm clusters have no provisioner until one is installed.';
      if (/no persistent volumes available/.test(text)) return 'The claim waits for a pre-created PersistentVolume of its class, and none matches: too small, another access mode, another storage class, or already bound to another claim.';
      return `The persistent volume controller could not bind the claim${c.row ? `: ${c.row.trim().slice(0, 200)}` : ''}.`;
    },
    causes: ['No default StorageClass and none named in the claim', 'No PersistentVolume matching the claim\'s size, access mode and class', 'The matching volume is already bound to another claim (Released volumes are not reused)'],
    fixes: () => [
      fix('Give the claim a storage class that provisions volumes, or create a matching volume', ['List the classes and mark one as default (or set storageClassName in the claim); on a bare cluster install a provisioner (local-path, NFS, a CSI driver).'], 'kubectl get storageclass\nkubectl describe pvc <claim> -n <namespace>\nkubectl patch storageclass <class> -p \'{"metadata":{"annotations":{"storageclass.kubernetes.io/is-default-class":"true"}}}\'\nkubectl get pv'),
    ],
    references: [ref('Kubernetes: Persistent volumes, binding', `${K8S_DOCS}/concepts/storage/persistent-volumes/#binding`), ref('Kubernetes: Default StorageClass', `${K8S_DOCS}/concepts/storage/storage-classes/#default-storageclass`)],
    samples: ['  Normal  FailedBinding  3m (x303 over 1h)  persistentvolume-controller  no persistent volumes available for this claim and no storage class is set', 'Event(v1.ObjectReference{Kind:"PersistentVolumeClaim", Namespace:"jhub", Name:"hub-db-dir"}): type: \'Normal\' reason: \'FailedBinding\' no persistent volumes available for this claim and no storage class is set'],
  },
  {
    id: 'k8s.ingress-no-endpoints',
    language: 'kubernetes',
    // ingress-nginx's controller (older: service ns/name …endpoints; newer: Service "ns/name" …Endpoint.).
    match: /ervice "?(?<namespace>[\w.-]{1,253})\/(?<service>[\w.-]{1,253})"? does not have any active [Ee]ndpoints?/,
    requires: /does not have any active [Ee]ndpoint/,
    errorType: 'does not have any active endpoints',
    category: 'configuration',
    priority: 40,
    summary: (c) => `The ingress controller has no pods to send traffic for ${c.namespace}/${c.service} to: the Service has no ready endpoints.`,
    explanation: (c) =>
      `An Ingress routes to the Service ${c.service}, and the Service's endpoints list no ready pod. Its selector matches no pod's labels, the pods are not ready (failing readiness probes, crash-looping), or they are in another namespace than ${c.namespace}. The controller answers 503 for that backend meanwhile.`,
    causes: ["The Service's selector does not match the pods' labels", 'The pods are not ready (readiness probe failing, still starting, crash-looping)', 'A targetPort or port name the pods do not expose'],
    fixes: (c) => [
      fix(`Compare ${c.service}'s selector with its pods`, ['See whether the Service has endpoints; if not, list the pods its selector matches and check they are Ready.'], `kubectl -n ${c.namespace} get endpoints ${c.service}\nkubectl -n ${c.namespace} get service ${c.service} -o jsonpath='{.spec.selector}'\nkubectl -n ${c.namespace} get pods --show-labels`),
    ],
    references: [ref('Kubernetes: Debug Services', `${K8S_DOCS}/tasks/debug/debug-application/debug-service/`)],
    samples: ['W0527 15:27:27.667881       1 controller.go:842] service external-logging/kibana-svc does not have any active endpoints', 'W1012 08:01:44.120911       7 controller.go:1214] Service "shop/frontend" does not have any active Endpoint.'],
  },
  {
    id: 'k8s.etcd-server-error',
    language: 'kubernetes',
    // etcd's server errors, in its own logs, the API server's, or kubectl's "Error from server: …".
    match: /etcdserver: (?<problem>request timed out|leader changed|no leader|too many requests|request is too large|mvcc: database space exceeded|server stopped|unhealthy cluster|not capable)/,
    requires: /etcdserver: /,
    errorType: (c) => `etcdserver: ${c.problem}`,
    category: 'runtime',
    // Above Go's network errors in the same log; below kubectl's status reason (k8s.status-reason).
    priority: 14,
    summary: (c) => `etcd, the cluster's datastore, failed the request: ${c.problem}.`,
    explanation: (c) => {
      if (c.problem === 'mvcc: database space exceeded') return "etcd's database reached its space quota (2 GB by default) and etcd raised the NOSPACE alarm: it accepts only reads and deletes until the history is compacted, the database defragmented and the alarm disarmed.";
      if (/leader/.test(c.problem)) return 'The etcd members lost or changed their leader while the request was in flight: members that cannot reach each other in time (network latency, packet loss) or a leader too slow to send heartbeats (disk or CPU starvation).';
      if (c.problem === 'request timed out') return 'etcd could not commit or read the request within its deadline. Almost always the disk is too slow for etcd (its write-ahead log fsyncs on every write: "apply request took too long" and slow fdatasync warnings around it), or the members are overloaded or too far apart on the network.';
      return `etcd refused the request (${c.problem}): the member is overloaded, stopping, or its cluster is unhealthy.`;
    },
    causes: ['A slow disk under etcd (network storage, shared or throttled volumes)', 'CPU or memory starvation of the etcd members', 'Network latency or loss between the members', 'A database that grew to its quota'],
    fixes: (c) => [
      c.problem === 'mvcc: database space exceeded'
        ? fix('Compact, defragment, then disarm the alarm', [], "rev=$(etcdctl endpoint status --write-out=json | grep -o '\"revision\":[0-9]*' | grep -o '[0-9]*')\netcdctl compact $rev\netcdctl defrag\netcdctl alarm disarm")
        : fix(`Check etcd's health and its disk (${c.problem})`, ['Look at the members\' status and leader, and at the WAL fsync latency (wal_fsync_duration_seconds should stay under 10 ms); move etcd to a fast local SSD if it does not.'], 'etcdctl endpoint status --cluster -w table\netcdctl endpoint health --cluster\netcdctl check perf\n# metrics: etcd_disk_wal_fsync_duration_seconds, etcd_server_leader_changes_seen_total'),
    ],
    references: [ref('etcd: Hardware recommendations', 'https://etcd.io/docs/v3.5/op-guide/hardware/'), ref('etcd: Maintenance (space quota)', 'https://etcd.io/docs/v3.5/op-guide/maintenance/')],
    samples: ['{"level":"warn","ts":"2020-06-30T01:17:40.457Z","caller":"etcdserver/util.go:144","msg":"apply request took too long","took":"10.939542138s","expected-duration":"100ms","prefix":"read-only range ","request":"key:\\"/registry/namespaces/default\\" ","response":"","error":"etcdserver: request timed out"}', 'Error from server: etcdserver: mvcc: database space exceeded'],
  },
  {
    id: 'k8s.kubeadm-discovery',
    language: 'kubernetes',
    // kubeadm join's discovery: fetching and checking the cluster-info ConfigMap.
    match: /couldn't validate the identity of the API Server: (?<detail>[^\n]{1,400})/,
    requires: /validate the identity of the API Server/,
    errorType: "couldn't validate the identity of the API Server",
    category: 'network',
    // Above k8s.kubeadm-preflight: the phase it fails in is preflight.
    priority: 45,
    summary: 'kubeadm join could not check the control plane it was told to join.',
    explanation: (c) => {
      const d = c.detail;
      if (/Timeout|timeout|i\/o timeout|connection refused|no route to host|unreachable/.test(d)) return `Before joining, kubeadm fetches the cluster-info ConfigMap from the API server, and it could not reach it (${d.slice(0, 200)}): the address or port (6443) is blocked by a firewall or security group, the control plane advertises an address this node cannot reach, or the API server is down.`;
      if (/JWS signature|token id/i.test(d)) return 'The join token is unknown to the cluster: bootstrap tokens expire after 24 hours, and a token from an earlier kubeadm init or of another cluster is not signed in cluster-info.';
      if (/pinned|public key/.test(d)) return "The cluster's CA does not match --discovery-token-ca-cert-hash: the hash belongs to another cluster, or the control plane was re-initialised with a new CA.";
      return `kubeadm could not fetch or trust the cluster-info ConfigMap it uses to discover the control plane: ${d.slice(0, 200)}.`;
    },
    causes: ['Port 6443 of the control plane blocked or unreachable from the node', 'A join token that has expired (24 hours) or belongs to another cluster', 'A CA hash from another cluster or an earlier kubeadm init'],
    fixes: (c) => [
      fix('Check the control plane from the node, then join with a fresh command', [`The failure was: ${c.detail.slice(0, 160)}. Test the API server's port from this node, open it if needed, and print a new join command (new token and CA hash) on the control plane.`], '# on the node:\nnc -vz <control-plane-ip> 6443\ncurl -k https://<control-plane-ip>:6443/version\n# on the control plane:\nkubeadm token create --print-join-command'),
    ],
    references: [ref('kubeadm join: discovery', `${K8S_DOCS}/reference/setup-tools/kubeadm/kubeadm-join/`)],
    samples: ['[preflight] Running pre-flight checks\nerror execution phase preflight: couldn\'t validate the identity of the API Server: Get "https://172.31.20.26:6443/api/v1/namespaces/kube-public/configmaps/cluster-info?timeout=10s": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)', 'error execution phase preflight: couldn\'t validate the identity of the API Server: could not find a JWS signature in the cluster-info ConfigMap for token ID "abcdef"'],
  },
  {
    id: 'k8s.k3s-ca-certs',
    language: 'kubernetes',
    // A k3s server or agent joining a cluster fetches its CA from the first server's /cacerts.
    match: /failed to get CA certs: (?:Get \\?"(?<url>https?:\/\/[^"\\\s]{1,200})\\?": )?(?<detail>[^\n"]{1,300})/,
    requires: /failed to get CA certs/,
    errorType: 'failed to get CA certs',
    category: 'network',
    // Above Go's connection errors the detail ends with.
    priority: 40,
    summary: (c) => `k3s could not fetch the cluster's CA certificates${c.url ? ` from ${c.url}` : ''}, so it cannot join the cluster.`,
    explanation: (c) =>
      `A k3s server joining an existing cluster (--server), or an agent, first downloads the cluster CA from the server it was given. That failed: ${c.detail}. ${/refused/.test(c.detail) ? 'Nothing listens there yet: the first server has not started (or crashed), so with k3d or several servers started at once the others fail until it is up.' : /timeout|no route|no such host/.test(c.detail) ? 'The server address is not reachable from this node (a firewall, a wrong address or name).' : ''}`,
    causes: ['The first server is not running (or still starting)', 'A wrong --server URL, or port 6443 blocked between the nodes', 'A token for another cluster'],
    fixes: (c) => [
      fix('Make sure the first server is up and reachable, then start this node again', ['Read the first server\'s log; from this node, fetch the CA by hand.'], `curl -vk ${c.url ?? 'https://<server>:6443/cacerts'}\n# on the first server:\njournalctl -u k3s -n 100\n# k3d:\ndocker logs k3d-<cluster>-server-0 | tail -50`),
    ],
    references: [ref('K3s: Cluster datastore and joining servers', 'https://docs.k3s.io/datastore/ha-embedded')],
    samples: ['level=fatal msg="starting kubernetes: preparing server: failed to get CA certs: Get \\"https://k3d-my-cluster-server-0:6443/cacerts\\": dial tcp 172.20.0.3:6443: connect: connection refused"', 'level=error msg="failed to get CA certs: Get "https://10.0.0.5:6443/cacerts": context deadline exceeded (Client.Timeout exceeded while awaiting headers)"'],
  },
];

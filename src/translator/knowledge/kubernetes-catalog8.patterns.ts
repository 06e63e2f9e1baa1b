import type { ErrorPattern } from '../rules/error-pattern';

import { fix, ref } from './answer-parts';

/**
 * An eighth catalog pass over the Kubernetes family, from what people paste out of Helm, kustomize, etcd, the CNI
 * plugins, kubeadm join and kubectl: Helm 3.0's "new resource that already exists" and its chart download refused by
 * the repository ("failed to fetch … : 404 Not Found", also Helm 2's capitalised wording), kustomize's strict decoding
 * of a kustomization ("json: unknown field", also inside kubectl apply -k and Flux), etcd members of another cluster
 * ("cluster ID mismatch", "failed to find member") and its "no space" refusal, flannel's missing node podCIDR and the
 * node IPAM controller's CIDRNotAvailable, kubeadm join's older token discovery messages, kubectl logs timing out on
 * the kubelet's port, port-forward's klog lines from oc and older kubectl, and
 * ingress-nginx's risky snippet annotations in its log. The type is the reason Kubernetes gives, else the tool's
 * phrase, else the network error underneath (README).
 */

const K8S_DOCS = 'https://kubernetes.io/docs';
const ETCD_DOCS = 'https://etcd.io/docs/v3.5/op-guide';

export const KUBERNETES_CATALOG8_PATTERNS: readonly ErrorPattern[] = [
  // ---------------------------------------------------------------- Helm
  {
    id: 'k8s.helm-new-resource-exists',
    language: 'kubernetes',
    // Helm 3.0 and 3.1's wording ("a new resource"); the later one is k8s.helm-resource-exists'.
    match:
      /rendered manifests contain a new resource that already exists\.?(?: Unable to continue with (?:install|update): existing resource conflict: (?<conflict>[^\n]{0,300}))?/,
    requires: /a new resource that already exists/,
    errorType: 'resource already exists',
    category: 'runtime',
    priority: 40,
    summary: (c) => `Helm found an object of the chart already in the cluster, not owned by this release${c.conflict ? ` (${c.conflict.slice(0, 160)})` : ''}.`,
    explanation:
      "Helm 3.0 and 3.1 refuse to create an object that already exists unless the release created it. It is left over from an uninstalled or failed release, created by hand or by another release, or a release migrated from Helm 2 whose objects Helm 3.0 could not yet adopt (adoption by the meta.helm.sh annotations came in Helm 3.2).",
    causes: [
      'An object left over from a deleted release or created by hand',
      'A release converted from Helm 2 and upgraded with Helm 3.0 or 3.1',
      'Two releases or charts rendering the same object name',
    ],
    fixes: [
      fix(
        'Let the release adopt the object, or remove it',
        ['Upgrade Helm to 3.2 or later and annotate and label the object for this release, or delete the object if it can be recreated'],
        'kubectl annotate <kind> <name> -n <ns> meta.helm.sh/release-name=<release> meta.helm.sh/release-namespace=<ns>\nkubectl label <kind> <name> -n <ns> app.kubernetes.io/managed-by=Helm\nhelm upgrade <release> <chart>',
      ),
    ],
    references: [ref('Helm 3.2 release notes: adopting existing resources', 'https://github.com/helm/helm/releases/tag/v3.2.0')],
    samples: [
      'Error: UPGRADE FAILED: rendered manifests contain a new resource that already exists. Unable to continue with update: existing resource conflict: namespace: default, name: web, existing_kind: apps/v1, Kind=Deployment, new_kind: apps/v1, Kind=Deployment',
    ],
  },
  {
    id: 'k8s.helm-failed-fetch',
    language: 'kubernetes',
    // The chart archive the repository index names cannot be downloaded (Helm 3 "failed to fetch", Helm 2 "Failed to fetch").
    match: /[Ff]ailed to fetch (?<url>https?:\/\/[^\s]{1,300}?\.tgz) : (?<status>[^\n]{1,80})/,
    requires: /to fetch http/,
    errorType: 'failed to fetch',
    category: 'network',
    priority: 30,
    summary: (c) => `Helm could not download the chart archive ${c.url}: ${c.status}.`,
    explanation:
      "The repository's index.yaml lists the chart version, but the archive it points to is not there (404: the index was published before or without the .tgz, or the file was removed), or the server refused the download (401/403: the repository needs credentials). Helm reads the index from its local cache, which can also be stale.",
    causes: [
      'A repository index that names an archive that was never uploaded or was removed',
      'A stale local copy of the index (helm repo update not run)',
      'A private repository that needs credentials',
    ],
    fixes: (c) => [
      fix(
        'Refresh the index and check the archive itself',
        ['Update the cached index, list the versions the repository really serves, and fetch the archive directly to see the server\'s answer'],
        `helm repo update\nhelm search repo <repo>/<chart> --versions | head\ncurl -I ${c.url ?? '<archive url>'}`,
      ),
    ],
    references: [ref('Helm: Chart repository guide', 'https://helm.sh/docs/topics/chart_repository/')],
    samples: [
      'Error: INSTALLATION FAILED: failed to fetch https://keitaro-charts.storage.googleapis.com/charts/ckan-v2.0.2.tgz : 404 Not Found',
      'Error: Failed to fetch https://raw.githubusercontent.com/google-cloud-tools/kube-eagle-helm-chart/master/kube-eagle-1.0.4.tgz : 404 Not Found',
    ],
  },
  // ---------------------------------------------------------------- kustomize
  {
    id: 'k8s.kustomize-unknown-field',
    language: 'kubernetes',
    // kustomize's strict decoding of a kustomization.yaml, alone, in kubectl apply -k (klog's helpers.go line) or Flux.
    match:
      /^(?=[\s\S]{0,3000}?kustomize)[\s\S]{0,3000}?json: unknown field "(?<field>[^"\n]{1,100})"|helpers\.go:\d{1,5}\] error: json: unknown field "(?<field2>[^"\n]{1,100})"/,
    requires: /json: unknown field "/,
    errorType: 'unknown field',
    category: 'syntax',
    // Above kubectl's "no objects passed to apply" (k8s.kubectl-client) printed after it.
    priority: 40,
    summary: (c) => `kustomize does not know the field "${c.field ?? c.field2}" in a kustomization.`,
    explanation: (c) =>
      `kustomize decodes kustomization.yaml strictly: "${c.field ?? c.field2}" is not a field of the Kustomization (or of the generator, patch or replacement it is under) in this kustomize version. ` +
      'Most often the kustomization was written for a newer kustomize than the one running (kubectl apply -k embeds an older kustomize: kubectl before 1.21 has kustomize 2.0.3, which knows no components, patches or options), or the field is indented under the wrong key, or the file is not a kustomization at all (a Flux Kustomization named kustomization.yaml).',
    causes: [
      'A kustomize (or kubectl -k) older than the kustomization file needs',
      'A field indented under the wrong key or misspelt',
      'Another kind of object saved as kustomization.yaml',
    ],
    fixes: (c) => [
      fix(
        `Check "${c.field ?? c.field2}" against your kustomize version`,
        ['Compare the versions of kustomize and kubectl, and upgrade the one that builds (or rewrite the field the old way)', 'Rename a Flux Kustomization that is not a kustomize file'],
        'kustomize version\nkubectl version --client\nkustomize build . > /dev/null',
      ),
    ],
    references: [ref('Kubernetes: Declarative Management of Kubernetes Objects Using Kustomize', `${K8S_DOCS}/tasks/manage-kubernetes-objects/kustomization/`)],
    samples: [
      '$ kustomize build\n\nError: json: unknown field "namespace"',
      'kustomize build failed: json: unknown field "spec"',
      'F0418 23:30:37.698157   99276 helpers.go:115] error: json: unknown field "components"\ngoroutine 1 [running]:',
    ],
  },
  // ---------------------------------------------------------------- etcd
  {
    id: 'k8s.etcd-cluster-membership',
    language: 'kubernetes',
    // etcd's raft transport refusing a peer of another cluster, or a member it does not know.
    match:
      /(?<mismatch>request cluster ID mismatch|(?:request (?:sent was )?ignored|request sent was ignored by remote peer) due to cluster ID mismatch|request sent was ignored \(cluster ID mismatch)|rafthttp: (?<notFound>failed to find member) (?<member>[0-9a-f]{1,20}) in cluster (?<cluster>[0-9a-f]{1,20})/,
    requires: /cluster ID mismatch|failed to find member/,
    errorType: (c) => (c.notFound ? 'failed to find member' : 'cluster ID mismatch'),
    category: 'runtime',
    // Below k8s.etcd-server-error: an etcdserver error in the same log is what the client saw.
    priority: 12,
    summary: (c) =>
      c.notFound
        ? `An etcd member received traffic from member ${c.member}, which is not part of its cluster ${c.cluster}.`
        : 'etcd members of different clusters are talking to each other: their cluster IDs differ.',
    explanation:
      'Each etcd member stores the cluster ID it was bootstrapped with in its data directory. A member started with an old data directory (from an earlier cluster or an earlier bootstrap with another --initial-cluster or token), or a member removed from the cluster but still running, keeps the old identity: its peers ignore its requests. The --initial-cluster flags are read only on the first start; afterwards the data directory wins.',
    causes: [
      'A member restarted with a data directory left from another or an earlier cluster',
      'A member removed with etcdctl member remove but still running',
      'Different --initial-cluster-token or --initial-cluster values when the cluster was first bootstrapped',
    ],
    fixes: (c) => [
      fix(
        c.member ? `Re-add member ${c.member} with an empty data directory` : 'Re-add the odd member with an empty data directory',
        ['Find the member whose ID the others do not list, remove it from the cluster, wipe its data directory and add it back as a new member (--initial-cluster-state=existing)'],
        `etcdctl member list -w table\netcdctl member remove ${c.member ?? '<member-id>'}\nsystemctl stop etcd && rm -rf /var/lib/etcd/member\netcdctl member add <name> --peer-urls=https://<ip>:2380`,
      ),
    ],
    references: [ref('etcd: Runtime reconfiguration', `${ETCD_DOCS}/runtime-configuration/`)],
    samples: [
      'Nov 21 09:13:10 nodo1-etcd1 etcd: request cluster ID mismatch (got 6b4bc4b81731158f want 629f6191abaccb2f)',
      'rafthttp: failed to find member 55a39bcb338a9147 in cluster a7ef944b95711739',
      '{"level":"warn","caller":"rafthttp/stream.go:653","msg":"request sent was ignored by remote peer due to cluster ID mismatch","error":"cluster ID mismatch"}',
    ],
  },
  {
    id: 'k8s.etcd-no-space',
    language: 'kubernetes',
    // etcd's own log when the NOSPACE alarm refuses a write ("err is etcdserver: no space").
    match: /etcdserver: no space\b/,
    requires: /etcdserver: no space/,
    errorType: 'etcdserver: no space',
    category: 'runtime',
    priority: 14,
    summary: "etcd refused a write: its NOSPACE alarm is raised.",
    explanation:
      "etcd's database reached its space quota (2 GB by default) and etcd raised the NOSPACE alarm: it accepts only reads and deletes until the history is compacted, the database defragmented and the alarm disarmed. Clients see \"etcdserver: mvcc: database space exceeded\"; the alarm stays raised after a restart (K3s with embedded etcd then cannot start).",
    causes: ['No automatic compaction, so every revision of every key is kept', 'Many writes of large objects (events, leases, CRDs) filling the quota', 'A quota smaller than the data set'],
    fixes: [
      fix(
        'Compact, defragment, then disarm the alarm',
        ['Compact to the current revision, defragment every member, disarm the alarm, and enable automatic compaction'],
        "rev=$(etcdctl endpoint status -w json | grep -o '\"revision\":[0-9]*' | grep -o '[0-9]*$')\netcdctl compact \"$rev\"\netcdctl defrag --cluster\netcdctl alarm disarm\netcdctl alarm list",
      ),
    ],
    references: [ref('etcd: Maintenance (space quota)', `${ETCD_DOCS}/maintenance/#space-quota`)],
    samples: [
      'May 26 06:59:12 etcd-1.example.com etcd[95994]: failed to apply request "header:<ID:9866105099223188490 > put:<key:\\"test\\" value_size:4 >" with response "" took (4.311µs) to execute, err is etcdserver: no space',
    ],
  },
  // ---------------------------------------------------------------- the CNI plugins and node IPAM
  {
    id: 'k8s.flannel-pod-cidr',
    language: 'kubernetes',
    // flannel's kube subnet manager waiting for the node's spec.podCIDR; the node IPAM controller's event.
    match:
      /failed to acquire lease: node "(?<node>[^"\n]{1,253})" pod cidr not assigned|(?<exhausted>CIDR allocation failed; there are no remaining CIDRs left to allocate)|reason="(?<reason>CIDRNotAvailable)"/,
    requires: /pod cidr not assigned|CIDR allocation failed|CIDRNotAvailable/,
    errorType: (c) => (c.node ? 'pod cidr not assigned' : 'CIDRNotAvailable'),
    category: 'configuration',
    priority: 30,
    summary: (c) =>
      c.node
        ? `flannel cannot start on node ${c.node}: the node has no pod CIDR.`
        : "The node IPAM controller has no pod CIDR left to give a node: the cluster CIDR is used up.",
    explanation: (c) =>
      c.node
        ? "flannel (with the kube subnet manager) uses the pod CIDR the controller-manager assigns to each node (spec.podCIDR). The controller-manager assigns them only when it runs with --allocate-node-cidrs=true and a --cluster-cidr: with kubeadm, when the cluster was created with --pod-network-cidr (10.244.0.0/16 for flannel's default). Without it, or when the cluster CIDR is used up, nodes get none and flannel waits."
        : "The controller-manager cuts the --cluster-cidr into one block per node (a /24 by default, --node-cidr-mask-size). When every block is taken, new nodes get no pod CIDR and their CNI plugin (flannel, the bridge) cannot start: the cluster CIDR is too small for the number of nodes, or blocks of deleted nodes are still held.",
    causes: [
      'A cluster created without --pod-network-cidr (kubeadm), so no node gets a pod CIDR',
      'A --cluster-cidr too small for the number of nodes at the node mask size',
      "flannel's Network in net-conf.json not matching the cluster CIDR",
    ],
    fixes: [
      fix(
        "Give the controller-manager a cluster CIDR that fits, then check the nodes' podCIDR",
        ['Set --allocate-node-cidrs=true and --cluster-cidr (kubeadm: networking.podSubnet) to a range with room for all nodes, matching flannel\'s net-conf.json; patch a node already registered if needed'],
        "kubectl get nodes -o custom-columns=NAME:.metadata.name,CIDR:.spec.podCIDR\ngrep -E 'cluster-cidr|allocate-node-cidrs|node-cidr-mask' /etc/kubernetes/manifests/kube-controller-manager.yaml\nkubectl -n kube-flannel get cm kube-flannel-cfg -o jsonpath='{.data.net-conf\\.json}'",
      ),
    ],
    references: [ref('flannel: Kubernetes troubleshooting', 'https://github.com/flannel-io/flannel/blob/master/Documentation/troubleshooting.md')],
    samples: [
      'E0519 00:37:28.550351       1 network.go:102] failed to register network: failed to acquire lease: node "k8s-test-2.novalocal" pod cidr not assigned',
      'E0103 08:30:16.323753       1 controller_utils.go:260] Error while processing Node Add/Delete: failed to allocate cidr from cluster cidr at idx:0: CIDR allocation failed; there are no remaining CIDRs left to allocate in the accepted range',
    ],
  },
  {
    id: 'k8s.cni-plugin-binary-missing',
    language: 'kubernetes',
    // The kubelet's CNI config loader (dockershim era): a configuration names a plugin binary that is not installed.
    match: /failed to find plugin "(?<plugin>[\w.-]{1,60})" in path \[(?<path>[^\]\n]{1,200})\]|(?<invalid>no valid networks found in) (?<dir>\/[\w./-]{1,200})/,
    requires: /failed to find plugin "|no valid networks found in/,
    errorType: 'NetworkPluginNotReady',
    category: 'network',
    // Below the sandbox event rows and messages (k8s.pod-events, k8s.pod-sandbox-message), which name the pod's failure.
    priority: 29,
    summary: (c) =>
      c.plugin
        ? `The node's CNI configuration names the plugin "${c.plugin}", which is not installed in ${c.path}: the kubelet has no usable pod network.`
        : `The kubelet found no usable CNI configuration in ${c.dir}: the node's network is not ready.`,
    explanation:
      'The kubelet (with dockershim) or the runtime loads the first configuration in /etc/cni/net.d and checks that every plugin it lists exists as a binary in /opt/cni/bin. A plugin missing there (flannel\'s and portmap\'s binaries come from the containernetworking plugins package, or are copied by the CNI DaemonSet\'s init container) makes the configuration invalid; with no valid configuration the node reports NetworkPluginNotReady and pods stay in ContainerCreating.',
    causes: [
      'The standard CNI plugins (bridge, portmap, loopback…) not installed in /opt/cni/bin',
      "The CNI DaemonSet's init container not (yet) having copied its binary on this node",
      'A configuration in /etc/cni/net.d left from another CNI plugin',
    ],
    fixes: (c) => [
      fix(
        `Install the missing plugin binaries${c.plugin ? ` (${c.plugin})` : ''}`,
        ['Install the containernetworking plugins into /opt/cni/bin, check that the CNI DaemonSet pod runs on this node, and remove configurations of plugins you no longer use'],
        'ls /opt/cni/bin /etc/cni/net.d\ncurl -L https://github.com/containernetworking/plugins/releases/download/v1.5.1/cni-plugins-linux-amd64-v1.5.1.tgz | sudo tar -xz -C /opt/cni/bin\nsudo systemctl restart kubelet',
      ),
    ],
    references: [ref('Kubernetes: Network Plugins', `${K8S_DOCS}/concepts/extend-kubernetes/compute-storage-net/network-plugins/`)],
    samples: [
      'Apr 30 21:19:38 node-1 kubelet[32535]: : [failed to find plugin "flannel" in path [/opt/cni/bin] failed to find plugin "portmap" in path [/opt/cni/bin]]\nApr 30 21:19:38 node-1 kubelet[32535]: W0430 21:19:38.507284   32535 cni.go:239] Unable to update cni config: no valid networks found in /etc/cni/net.d',
    ],
  },
  {
    id: 'k8s.cni-setup-pod-network',
    language: 'kubernetes',
    // The dockershim kubelet's sandbox network failure quoted without "Failed create pod sandbox" or its event row.
    match: /networkPlugin cni failed to set up pod (?:"(?<pod>[^"\n]{1,253})" )?network: (?<detail>[^\n]{1,400})/,
    requires: /networkPlugin cni failed to set up pod/,
    errorType: 'FailedCreatePodSandBox',
    category: 'network',
    // Below k8s.pod-sandbox-message and the event rows that carry the same message.
    priority: 29,
    summary: (c) => `The CNI plugin could not set up the network of ${c.pod ? `pod ${c.pod}` : 'the pod'}: ${c.detail?.slice(0, 160)}.`,
    explanation: (c) =>
      "The kubelet creates each pod's sandbox and asks the CNI plugin to give it a network; the plugin failed, so the pod stays in ContainerCreating (the kubelet raises FailedCreatePodSandBox and retries). " +
      (c.detail && /Unauthorized|unauthorized/.test(c.detail)
        ? "Here the plugin's own credentials were refused by the API server: Calico's CNI plugin uses the token in /etc/cni/net.d/calico-kubeconfig, which expired or belongs to a deleted service account (calico-node rewrites it when it runs; an old Calico, or calico-node not running on the node, leaves it stale)."
        : /allocate IP|range is full|ipam/i.test(c.detail ?? '')
          ? "Here the plugin's IP address management has no address left for the pod on this node: the node's pod CIDR or IP pool is used up, often by addresses of deleted pods not released."
          : "The plugin's message says why: it cannot reach its agent or the API server, has no configuration, or has no address to give."),
    causes: [
      "The CNI plugin's credentials expired or revoked (Calico's calico-kubeconfig token)",
      "The node's pod CIDR or IP pool exhausted",
      "The CNI plugin's agent not running on the node",
    ],
    fixes: [
      fix(
        "Check the CNI plugin's pod on that node",
        ["Restart the CNI agent on the node (it rewrites its credentials and releases leaked addresses), and upgrade an old plugin version"],
        'kubectl get pods -n kube-system -o wide | grep -Ei "calico|cilium|flannel"\nkubectl -n kube-system delete pod <cni-pod-on-that-node>\njournalctl -u kubelet --since "10 min ago" | grep -i cni',
      ),
    ],
    references: [ref('Kubernetes: Network Plugins', `${K8S_DOCS}/concepts/extend-kubernetes/compute-storage-net/network-plugins/`)],
    samples: [
      'networkPlugin cni failed to set up pod "calico-kube-controllers-5d9b9bfc74-nxrlq_kube-system" network: error getting ClusterInformation: connection is unauthorized: Unauthorized',
      'networkPlugin cni failed to set up pod network: unable to allocate IP via local cilium agent: [POST /ipam][502] postIpamFailure range is full',
    ],
  },
  // ---------------------------------------------------------------- kubeadm join
  {
    id: 'k8s.kubeadm-token-discovery',
    language: 'kubernetes',
    // kubeadm join before 1.9 and 1.9-1.12: the bootstrap token is not in the cluster-info ConfigMap.
    match:
      /there is no JWS signed token in the cluster-info ConfigMap\. This token id "(?<token>[^"\n]{1,20})" is invalid for this cluster|token id "(?<token2>[^"\n]{1,20})" is invalid for this cluster or it has expired/,
    requires: /is invalid for this cluster/,
    errorType: "couldn't validate the identity of the API Server",
    category: 'configuration',
    priority: 45,
    summary: (c) => `kubeadm join's bootstrap token ${c.token ?? c.token2} is not (or no longer) valid in this cluster.`,
    explanation:
      "kubeadm join checks the API server's identity with the cluster-info ConfigMap, which carries a signature for every valid bootstrap token. Tokens expire (24 hours by default, the token kubeadm init printed included); a token from another cluster, or one deleted, has no signature there either. Newer kubeadm says the same under \"couldn't validate the identity of the API Server\".",
    causes: ["The token printed by kubeadm init expired (after 24 hours)", 'A token of another (or an earlier) cluster', 'A token mistyped or cut when copied'],
    fixes: [
      fix(
        'Create a fresh join command on the control plane',
        ['Print a new token together with the whole join command, and run it on the node'],
        'kubeadm token list\nkubeadm token create --print-join-command',
      ),
    ],
    references: [ref('Kubernetes: kubeadm token', `${K8S_DOCS}/reference/setup-tools/kubeadm/kubeadm-token/`)],
    samples: [
      '[discovery] Failed to connect to API Server "10.0.0.5:6443": there is no JWS signed token in the cluster-info ConfigMap. This token id "c33826" is invalid for this cluster, can\'t connect',
      'Failed to connect to API Server "master:6443": token id "p3wt5t" is invalid for this cluster or it has expired. Use "kubeadm token create" on the master node to creating a new valid token',
    ],
  },
  // ---------------------------------------------------------------- kubectl logs and port-forward
  {
    id: 'k8s.kubelet-logs-unreachable',
    language: 'kubernetes',
    // The API server could not reach the node's kubelet (port 10250) to stream the logs kubectl asked for.
    match:
      /Error from server: Get "?https:\/\/(?<host>[^\s/:"]{1,253}):10250\/containerLogs\/[^\s"]{1,400}"?: dial tcp (?<addr>[^\s]{1,100}): (?<net>i\/o timeout|connect: connection refused|connect: no route to host)/,
    requires: /10250\/containerLogs\//,
    errorType: (c) => (c.net === 'i/o timeout' ? 'i/o timeout' : c.net === 'connect: connection refused' ? 'connection refused' : 'no route to host'),
    category: 'network',
    // Above Go's network errors (go.timeout).
    priority: 20,
    summary: (c) => `The API server could not reach the kubelet on ${c.host} (${c.addr}) to read the container's logs: ${c.net}.`,
    explanation:
      "kubectl logs (and exec, port-forward) goes through the API server, which opens a connection to the kubelet of the pod's node on port 10250. Here that connection failed: a firewall or security group between the control plane and the node blocks 10250, the node's InternalIP is not reachable from the control plane (a node on another network, a VPN, the wrong --node-ip), or the kubelet is down.",
    causes: [
      'Port 10250 blocked between the control plane and the node (firewall, security group, NSG)',
      "The node's registered InternalIP not reachable from the API server",
      'The kubelet not running on that node',
    ],
    fixes: (c) => [
      fix(
        `Check that the control plane can reach ${c.addr ?? 'the node'} on port 10250`,
        ["Open 10250/tcp from the control plane to the nodes, and check the node's InternalIP and its kubelet"],
        `kubectl get nodes -o wide\nnc -vz ${c.addr?.replace(/:\d+$/, '') ?? '<node-ip>'} 10250   # from a control-plane host\nsystemctl status kubelet   # on the node`,
      ),
    ],
    references: [ref('Kubernetes: Ports and Protocols', `${K8S_DOCS}/reference/networking/ports-and-protocols/`)],
    samples: [
      'Error from server: Get "https://192.168.1.109:10250/containerLogs/default/crm-dev-fe-55b9cd7c86-zlzkd/crm-dev-fe?follow=true": dial tcp 192.168.1.109:10250: i/o timeout',
    ],
  },
  {
    id: 'k8s.port-forward-listeners',
    language: 'kubernetes',
    // port-forward's klog lines (oc, older kubectl) when every local listener failed: "Unable to listen on port {8889 8080}".
    match:
      /Unable to listen on port \{(?<local>\d{1,5}) (?<remote>\d{1,5})\}: All listeners failed to create with the following errors: [^\n]{0,300}?(?<reason>address already in use)/,
    requires: /All listeners failed to create/,
    errorType: 'address already in use',
    category: 'network',
    priority: 37,
    summary: (c) => `port-forward cannot listen on local port ${c.local}: another process already uses it.`,
    explanation:
      'port-forward binds the local port on 127.0.0.1 and ::1; another program (or an earlier port-forward still running) holds it. Use another local port (LOCAL:REMOTE), or let the client pick one with :REMOTE.',
    causes: ['An earlier port-forward still running', 'A local service already listening on that port'],
    fixes: (c) => [
      fix(
        'Use a free local port',
        ['Find the process holding the port, or map another local port to the pod port.'],
        `lsof -i :${c.local}\nkubectl port-forward <pod> ${Number(c.local) + 10000}:${c.remote}`,
      ),
    ],
    references: [ref('Kubernetes: Use port forwarding to access applications', `${K8S_DOCS}/tasks/access-application-cluster/port-forward-access-application-cluster/`)],
    samples: [
      'W0731 20:20:01.957692   23274 portforward.go:165] Unable to listen on port {8889 8080}: All listeners failed to create with the following errors: listen tcp4 127.0.0.1:8889: bind: address already in use, listen tcp6 [::1]:8889: bind: address already in use',
    ],
  },
  // ---------------------------------------------------------------- ingress
  {
    id: 'k8s.ingress-nginx-risky-annotation',
    language: 'kubernetes',
    // ingress-nginx 1.12+'s controller log; the admission webhook's denial is k8s.admission-webhook-denied's.
    match: /annotation group (?<group>\w{1,60}) contains risky annotation based on ingress configuration/,
    requires: /contains risky annotation/,
    errorType: 'contains risky annotation',
    category: 'configuration',
    priority: 18,
    summary: (c) => `ingress-nginx ignores an Ingress: its ${c.group} annotation is above the allowed risk level.`,
    explanation:
      'ingress-nginx 1.12 rates every annotation by risk; snippet annotations (server-snippet, configuration-snippet) are Critical, while the controller accepts only up to High by default (annotations-risk-level). allow-snippet-annotations alone no longer suffices: the Ingress is rejected by the admission webhook or skipped by the controller.',
    causes: ['A snippet annotation on an Ingress with ingress-nginx 1.12 or later', 'annotations-risk-level left at its default (High)'],
    fixes: [
      fix(
        'Replace the snippet, or raise the accepted risk level',
        ['Prefer a dedicated annotation or a ConfigMap setting over the snippet; if the snippet is needed, set both allow-snippet-annotations: "true" and annotations-risk-level: Critical in the controller\'s ConfigMap'],
        'kubectl -n ingress-nginx get cm ingress-nginx-controller -o yaml\n# controller.config: { allow-snippet-annotations: "true", annotations-risk-level: Critical }',
      ),
    ],
    references: [ref('ingress-nginx: ConfigMap (annotations-risk-level)', 'https://kubernetes.github.io/ingress-nginx/user-guide/nginx-configuration/configmap/#annotations-risk-level')],
    samples: ['E0102 13:07:55.567357       7 store.go:938] annotation group ConfigurationSnippet contains risky annotation based on ingress configuration'],
  },
];

import type { ErrorPattern } from '../rules/error-pattern';

import { fix, patternById, ref } from './answer-parts';
import { KUBERNETES_API_PATTERNS } from './kubernetes-api.patterns';
import { networkReason } from './kubernetes-catalog3.patterns';
import { KUBERNETES_CATALOG7_PATTERNS } from './kubernetes-catalog7.patterns';

/**
 * An eleventh catalog pass over the Kubernetes family, from managed clusters and cluster plumbing as people paste
 * them, where the engine answered with Go's, Docker's or the shell's answer, a generic one, or none: client-go's
 * older "getting token: exec:" and a desktop client's "Credential plugin not found" for a missing exec plugin,
 * kubectl's removed Azure auth provider failing to get a token (by Azure AD's AADSTS code when it gives one) and
 * the GCP provider's failing gcloud command, kubectl logs through the kubelet's port with an untrusted certificate,
 * Cilium's agent and the aggregated metrics API when they cannot reach their server, kubectl top without a pod's
 * metrics, CoreDNS failing at start (no upstream nameservers, no right to bind port 53, a Corefile without a next
 * plugin, the API server refusing), ingress-nginx's failed reloads, and the kubelet's and containerd's logs of a pod
 * sandbox whose CNI network could not be set up (flannel's missing subnet.env). The type is the reason Kubernetes or
 * the tool gives, else the tool's own phrase, else the network error underneath (corpus README, kubernetes row).
 * Regexes are led by literals and bounded, as everywhere in the knowledge base.
 */

const K8S_DOCS = 'https://kubernetes.io/docs';
const CREDENTIAL_PLUGINS = ref('Kubernetes: client-go credential plugins', `${K8S_DOCS}/reference/access-authn-authz/authentication/#client-go-credential-plugins`);
const KUBELOGIN = ref('Azure kubelogin', 'https://azure.github.io/kubelogin/');
const GKE_AUTH = ref('GKE: Install kubectl and configure cluster access', 'https://cloud.google.com/kubernetes-engine/docs/how-to/cluster-access-for-kubectl');
const KUBELET_AUTH = ref('Kubernetes: Kubelet authentication/authorization', `${K8S_DOCS}/reference/access-authn-authz/kubelet-authn-authz/`);
const CILIUM_TROUBLESHOOTING = ref('Cilium: Troubleshooting', 'https://docs.cilium.io/en/stable/operations/troubleshooting/');
const METRICS_PIPELINE = ref('Kubernetes: Resource metrics pipeline', `${K8S_DOCS}/tasks/debug/debug-cluster/resource-metrics-pipeline/`);
const DNS_DEBUG = ref('Kubernetes: Debugging DNS resolution', `${K8S_DOCS}/tasks/administer-cluster/dns-debugging-resolution/`);
const COREDNS_PLUGINS = ref('CoreDNS: Plugins', 'https://coredns.io/plugins/');
const INGRESS_NGINX_TROUBLESHOOTING = ref('ingress-nginx: Troubleshooting', 'https://kubernetes.github.io/ingress-nginx/troubleshooting/');

/** What some Azure AD (Entra ID) sign-in codes mean, for kubectl's azure auth provider and kubelogin. */
const AADSTS_WHY: Readonly<Record<string, string>> = {
  AADSTS50173: 'the refresh token was revoked, usually because the user changed or reset their password',
  AADSTS70043: 'the refresh token is older than the sign-in frequency a Conditional Access policy allows',
  AADSTS700082: 'the refresh token expired after 90 days without use',
  AADSTS50076: 'the tenant requires multi-factor authentication for this sign-in',
  AADSTS50012: 'the client secret or certificate of the service principal is invalid',
  AADSTS7000215: 'the client secret of the service principal is invalid',
};

/** The x509 or network phrase under a client's failure, else null. */
const certOrNetwork = (detail: string): string | null => networkReason(detail);

const byApi = (id: string): ErrorPattern => patternById(KUBERNETES_API_PATTERNS, id);
const byCatalog7 = (id: string): ErrorPattern => patternById(KUBERNETES_CATALOG7_PATTERNS, id);

export const KUBERNETES_CATALOG11_PATTERNS: readonly ErrorPattern[] = [
  // ---------------------------------------------------------------- credential plugins and auth providers
  {
    // client-go before 1.11 said "getting token:", and desktop clients (Seabird) print their own title over the
    // exec error: the plugin is missing as in k8s.credential-plugin-missing.
    ...byApi('k8s.credential-plugin-missing'),
    id: 'k8s.credential-plugin-older-wording',
    match:
      /getting token: exec: (?:exec: )?"(?<quoted>[\w.-]{1,100})": executable file not found in [$%]PATH|Credential plugin not found\s{1,10}exec: "(?<bare>[\w.-]{1,100})":? executable file not found in [$%]PATH/,
    requires: /getting token: exec: |Credential plugin not found/,
    // Above Docker's "executable file not found in $PATH" (45).
    priority: 46,
    samples: ['Unable to connect to the server: getting token: exec: exec: "aws": executable file not found in $PATH'],
  },
  {
    id: 'k8s.azure-auth-provider-token',
    language: 'kubernetes',
    // kubectl's in-tree azure auth provider (removed in 1.26): azure.go logs "Failed to acquire a token: …", with
    // Azure AD's answer (an AADSTS code) when the refresh was refused.
    match: /Failed to acquire a token: (?=(?:[^\n]{0,800}?\b(?<code>AADSTS\d{4,7})\b)?)(?<detail>[^\n]{1,600})/,
    requires: /Failed to acquire a token/,
    errorType: (c) => c.code ?? 'Failed to acquire a token',
    category: 'configuration',
    // Above "Unable to connect to the server" (35) that kubectl prints after it.
    priority: 40,
    summary: (c) => {
      const code = c.code;
      if (code) return `kubectl's Azure AD sign-in failed with ${code}${AADSTS_WHY[code] ? `: ${AADSTS_WHY[code]}` : ''}.`;
      if (/device code|devicetoken|devicelogin/i.test(c.detail)) return 'kubectl could not complete the Azure AD device-code sign-in, so it has no token for the AKS cluster.';
      return `kubectl could not get an Azure AD token for the cluster: ${c.detail.slice(0, 160)}.`;
    },
    explanation:
      "The kubeconfig's user uses kubectl's built-in azure auth provider, which signs in to Azure AD (device code) and refreshes the token it stored in the kubeconfig. Azure AD refused the sign-in or the refresh; the text after \"Failed to acquire a token\" (an AADSTS code and its description when there is one) says why. That provider was deprecated and removed in kubectl 1.26; AKS clusters with Azure AD now use the kubelogin exec plugin, which handles expired and revoked refresh tokens by signing in again.",
    causes: [
      'A refresh token revoked (password change) or expired (inactivity, Conditional Access sign-in frequency)',
      'Multi-factor authentication or a device policy the device-code flow cannot satisfy',
      'A kubeconfig written by an old az aks get-credentials, still using the removed azure auth provider',
    ],
    fixes: [
      fix(
        'Sign in again with kubelogin instead of the old auth provider',
        [
          'Rewrite the kubeconfig entry with az aks get-credentials, then convert it to kubelogin (with the login mode you use: azurecli, devicecode, spn, workloadidentity)',
          'With the old provider, removing the cached access-token and refresh-token from the kubeconfig user forces a new sign-in',
        ],
        'az login\naz aks get-credentials --resource-group <group> --name <cluster> --overwrite-existing\nkubelogin convert-kubeconfig -l azurecli\nkubectl get nodes',
      ),
    ],
    references: [KUBELOGIN, CREDENTIAL_PLUGINS],
    samples: [
      "E1116 09:51:11.431092    3771 azure.go:126] Failed to acquire a token: refreshing the expired token: refreshing token: adal: Refresh request failed. Status Code = '400'",
    ],
  },
  {
    id: 'k8s.gcp-access-token-command',
    language: 'kubernetes',
    // kubectl's in-tree gcp auth provider (removed in 1.26) runs gcloud (cmd-path) for a token.
    match: /error executing access token command "{1,2}(?<cmd>[^"\n]{1,300})"{1,2}: (?:err=)?(?<detail>[^\n\]]{1,300})/,
    requires: /error executing access token command/,
    errorType: 'error executing access token command',
    category: 'configuration',
    // Above "Unable to connect to the server" (35) around it.
    priority: 40,
    summary: (c) =>
      /[Rr]eauthentication required|gcloud auth login/.test(c.detail)
        ? 'kubectl could not get a GKE token: gcloud needs you to sign in again and cannot ask for it from kubectl.'
        : `kubectl could not get a GKE token: running ${c.cmd.trim()} failed (${c.detail.slice(0, 100)}).`,
    explanation:
      "The kubeconfig's user uses kubectl's built-in gcp auth provider, which runs gcloud (config config-helper) to get an access token for the cluster. gcloud failed: its credentials expired and it wants an interactive sign-in (reauthentication), the path in cmd-path is wrong, or gcloud itself is broken. That provider was removed in kubectl 1.26; GKE now uses the gke-gcloud-auth-plugin exec plugin, with the same need for valid gcloud credentials.",
    causes: ['gcloud credentials that need reauthentication (an expired session, a security key prompt)', "A cmd-path in the kubeconfig that no longer points at gcloud", 'A kubeconfig from an old gcloud still using the removed gcp auth provider'],
    fixes: [
      fix(
        'Sign in to gcloud again, and move to gke-gcloud-auth-plugin',
        ['Run gcloud auth login in an interactive terminal, then rewrite the kubeconfig entry so that it uses the GKE exec plugin'],
        'gcloud auth login\ngcloud components install gke-gcloud-auth-plugin\ngcloud container clusters get-credentials <cluster> --region <region>\nkubectl get nodes',
      ),
    ],
    references: [GKE_AUTH, CREDENTIAL_PLUGINS],
    samples: [
      'Unable to connect to the server: error executing access token command ""/usr/lib/google-cloud-sdk/bin/gcloud config config-helper --format=json"": err=exit status 1 output= stderr=Reauthentication required.',
    ],
  },
  // ---------------------------------------------------------------- certificates on the kubelet's port
  {
    id: 'k8s.kubelet-port-x509',
    language: 'kubernetes',
    // kubectl logs, exec, attach and port-forward go through the API server to the kubelet's port 10250.
    match:
      /Error from server: (?:Get|Post) "?https:\/\/(?<host>[^\s/:"]{1,253}):10250\/(?<op>containerLogs|exec|attach|portForward)\/[^\s"]{0,400}"?: x509: (?<x509>certificate signed by unknown authority|certificate has expired or is not yet valid|certificate is valid for [^\n]{1,200})/,
    requires: /:10250\//,
    errorType: (c) => (c.x509.startsWith('certificate is valid for') ? 'certificate is valid for' : c.x509),
    category: 'network',
    // Above Go's x509 patterns (10).
    priority: 36,
    summary: (c) => `The API server does not trust the certificate of the kubelet at ${c.host}:10250, so kubectl ${c.op === 'containerLogs' ? 'logs' : c.op === 'portForward' ? 'port-forward' : c.op} fails: x509: ${c.x509}.`,
    explanation:
      "kubectl logs, exec, attach and port-forward go through the API server, which opens a TLS connection to the kubelet of the pod's node on port 10250. The API server checks the kubelet's serving certificate against its --kubelet-certificate-authority: a kubelet with a self-signed serving certificate (the default without serverTLSBootstrap), or one issued by another CA after the node was rebuilt, fails that check. Other commands work, as they never reach the kubelet.",
    causes: [
      "Kubelet serving certificates that are self-signed while the API server verifies them (--kubelet-certificate-authority set)",
      'A node rebuilt or re-joined with certificates from another CA',
      'An expired kubelet serving certificate (rotation not enabled)',
    ],
    fixes: (c) => [
      fix(
        'Give the kubelet a serving certificate the API server trusts',
        [
          'Enable serverTLSBootstrap in the kubelet configuration and approve the kubelet-serving CSRs, so that the cluster CA signs the serving certificates',
          "Or point the API server's --kubelet-certificate-authority at the CA that did sign them",
        ],
        `openssl s_client -connect ${c.host}:10250 </dev/null 2>/dev/null | openssl x509 -noout -issuer -subject -dates\n# /var/lib/kubelet/config.yaml\nserverTLSBootstrap: true\nsudo systemctl restart kubelet\nkubectl get csr | grep kubelet-serving\nkubectl certificate approve <csr-name>`,
      ),
    ],
    references: [KUBELET_AUTH, ref('Kubernetes: Certificate management with kubeadm', `${K8S_DOCS}/tasks/administer-cluster/kubeadm/kubeadm-certs/#kubelet-serving-certs`)],
    samples: ['Error from server: Get https://192.168.122.143:10250/containerLogs/tyd/redis-master-wtc0v/master: x509: certificate signed by unknown authority'],
  },
  // ---------------------------------------------------------------- components that cannot reach their server
  {
    id: 'k8s.cilium-apiserver-unreachable',
    language: 'kubernetes',
    // The Cilium agent (and its init containers) at start: "Unable to contact k8s api-server" error="…".
    match: /msg="Unable to contact k8s api-server" error="(?<detail>(?:[^"\\\n]|\\.){1,400})"/,
    requires: /Unable to contact k8s api-server/,
    errorType: (c) => certOrNetwork(c.detail) ?? 'Unable to contact k8s api-server',
    category: 'network',
    // Above Go's network and x509 patterns (8–10).
    priority: 31,
    summary: (c) => `The Cilium agent cannot reach the Kubernetes API server${/https?:\/\/([^/"\\\s]{1,200})/.exec(c.detail)?.[1] ? ` at ${/https?:\/\/([^/"\\\s]{1,200})/.exec(c.detail)?.[1]}` : ''}: ${certOrNetwork(c.detail) ?? c.detail.slice(0, 160)}.`,
    explanation: (c) =>
      /x509|certificate/.test(c.detail)
        ? "The agent reached an API server whose certificate does not cover the address it dialled: the API server's certificate lacks that IP or name in its SANs (a kubernetes Service IP or a load balancer address added after the certificates were made)."
        : "The agent talks to the API server through the address it was given: by default the kubernetes Service's ClusterIP (10.96.0.1, 10.43.0.1…), which only works while kube-proxy (or Cilium's own replacement) programs it. With kube-proxy removed or crash-looping, or with kubeProxyReplacement enabled but no k8sServiceHost and k8sServicePort set to the API server's real address, the agent cannot connect, stays in CrashLoopBackOff, and the node's pods get no network.",
    causes: [
      'kube-proxy replacement enabled without k8sServiceHost/k8sServicePort pointing at the real API server',
      'kube-proxy not running, so the kubernetes Service IP is not programmed',
      "An API server certificate without the address the agent dials",
    ],
    fixes: [
      fix(
        "Give Cilium the API server's real address, or restore kube-proxy",
        ['With kubeProxyReplacement, set k8sServiceHost and k8sServicePort to the control plane endpoint (not the Service IP)', 'Otherwise check that kube-proxy runs on the node'],
        'helm upgrade cilium cilium/cilium -n kube-system --reuse-values \\\n  --set k8sServiceHost=<api-server-ip> --set k8sServicePort=6443\nkubectl -n kube-system get pods -l k8s-app=kube-proxy -o wide\nkubectl -n kube-system logs ds/cilium -c config',
      ),
    ],
    references: [CILIUM_TROUBLESHOOTING, ref('Cilium: Kubernetes without kube-proxy', 'https://docs.cilium.io/en/stable/network/kubernetes/kubeproxy-free/')],
    samples: [
      'level=error msg="Unable to contact k8s api-server" error="Get \\"https://10.96.0.1:443/api/v1/namespaces/kube-system\\": dial tcp 10.96.0.1:443: i/o timeout"',
    ],
  },
  {
    id: 'k8s.apiservice-unavailable-log',
    language: 'kubernetes',
    // The kube-apiserver's AvailableConditionController when an aggregated API (metrics-server's) does not answer.
    match: /(?<api>v1\w{0,10}\.[\w.-]{1,100}\.k8s\.io|v1\w{0,10}\.[\w.-]{1,100}) failed with: failing or missing response from (?<url>https?:\/\/[^\s:]{1,253}:\d{1,5}[^\s:]{0,200}): (?<detail>[^\n]{1,300})/,
    requires: /failing or missing response from/,
    errorType: (c) => certOrNetwork(c.detail) ?? 'failing or missing response',
    category: 'network',
    // Above Go's network patterns (8–10).
    priority: 31,
    summary: (c) => `The API server cannot reach the aggregated API ${c.api} at ${/https?:\/\/([^/\s]{1,253})/.exec(c.url)?.[1] ?? c.url}: ${certOrNetwork(c.detail) ?? c.detail.slice(0, 120)}.`,
    explanation: (c) =>
      `${c.api} is served by an APIService whose backend (${/metrics\.k8s\.io/.test(c.api) ? 'metrics-server' : 'an extension server'}) runs as pods behind a Service. The kube-apiserver checks it and proxies requests to it; here it got no answer in time from the pod's address. The control plane often cannot reach pod IPs: on managed or kubeadm clusters whose control plane is not on the pod network, a firewall or security group blocks the backend's port (metrics-server's 4443 or 10250), or the CNI is not set up on the control plane node. kubectl top and the HPA then fail with ServiceUnavailable.`,
    causes: ["The control plane cannot reach the backend pod's port (firewall, security group, no CNI route)", 'The backend pod is not ready or crash-looping'],
    fixes: (c) => [
      fix(
        `Let the API server reach the backend of ${c.api}`,
        [
          "Allow the control plane to reach the backend pod's port (on GKE/EKS private clusters, a firewall rule or security group rule for it)",
          'Or run the backend with hostNetwork: true so that it listens on the node address',
        ],
        `kubectl get apiservice ${c.api}\nkubectl describe apiservice ${c.api}\nkubectl -n kube-system get pods -l k8s-app=metrics-server -o wide`,
      ),
    ],
    references: [METRICS_PIPELINE],
    samples: [
      '909 available_controller.go:460] v1beta1.metrics.k8s.io failed with: failing or missing response from https://172.20.196.137:4443/apis/metrics.k8s.io/v1beta1: Get "https://172.20.196.137:4443/apis/metrics.k8s.io/v1beta1": context deadline exceeded',
    ],
  },
  {
    id: 'k8s.top-pod-metrics-missing',
    language: 'kubernetes',
    // kubectl top pod when the metrics API has no sample for a pod.
    match: /Metrics not available for pod (?<pod>[\w.-]{1,253}\/[\w.-]{1,253}|[\w.-]{1,253}), age: (?<age>[\w.]{1,40})/,
    requires: /Metrics not available for pod/,
    errorType: 'Metrics not available for pod',
    category: 'runtime',
    priority: 35,
    summary: (c) => `The metrics API has no CPU and memory sample for the pod ${c.pod} (age ${c.age}), so kubectl top cannot show it.`,
    explanation:
      "kubectl top pod reads the metrics.k8s.io API (metrics-server, or Prometheus Adapter) and fails when a pod in the list has no sample. metrics-server fills the API by scraping each node's kubelet (/metrics/resource) every 15 seconds: a pod just started has no sample yet, and a pod on a node metrics-server cannot scrape (an x509 or network error in its log), or whose container runtime does not report the pod's stats, never gets one. With Heapster (before 1.11), a namespace other than the one Heapster watched had the same effect.",
    causes: [
      "metrics-server cannot scrape the pod's node (its log shows the scrape error)",
      "The container runtime or cgroup setup does not report the pod's statistics to the kubelet",
      'The pod started seconds ago and has no sample yet',
    ],
    fixes: (c) => [
      fix(
        "Check that metrics-server scrapes the pod's node",
        ["Read metrics-server's log for scrape errors, and ask the kubelet of that node directly for the pod's statistics"],
        `kubectl -n kube-system logs deploy/metrics-server | tail -20\nkubectl get pod ${c.pod.includes('/') ? `${c.pod.split('/')[1]} -n ${c.pod.split('/')[0]}` : c.pod} -o wide\nkubectl get --raw /api/v1/nodes/<node>/proxy/metrics/resource | grep ${c.pod.split('/').pop()}`,
      ),
    ],
    references: [METRICS_PIPELINE, ref('metrics-server: Known issues', 'https://github.com/kubernetes-sigs/metrics-server/blob/master/KNOWN_ISSUES.md')],
    samples: ['error: Metrics not available for pod kube-system/alertmanager-main-0, age: 69h55m32.681659s'],
  },
  // ---------------------------------------------------------------- CoreDNS
  {
    id: 'k8s.coredns-startup',
    language: 'kubernetes',
    // CoreDNS's errors at start and in its plugins: forward with no upstream, a port it may not bind, a Corefile
    // whose zone ends without a plugin that answers, the kubernetes plugin's first request to the API server.
    match:
      /plugin\/forward: (?<nons>no nameservers found)|^Listen: listen (?:tcp|udp) (?<addr>[^\s:]{0,100}:\d{1,5}): bind: (?<bind>permission denied|address already in use)|plugin\/kubernetes: (?<nonext>no next plugin found)|plugin\/kubernetes: (?:Get|Post) "?(?<url>https?:\/\/[^\s"]{1,300})"?: (?<detail>[^\n]{1,300})/m,
    requires: /plugin\/forward|plugin\/kubernetes|^Listen: listen /m,
    errorType: (c) =>
      c.nons ?? c.bind ?? c.nonext ?? certOrNetwork(c.detail ?? '') ?? 'waiting for Kubernetes API before starting server',
    category: 'network',
    // Above Go's network patterns and CoreDNS's wait for the API (30).
    priority: 32,
    summary: (c) => {
      if (c.nons) return 'CoreDNS will not start: its forward plugin found no upstream nameserver (the node\'s /etc/resolv.conf lists none).';
      if (c.bind) return `CoreDNS cannot listen on ${c.addr}: ${c.bind}.`;
      if (c.nonext) return 'CoreDNS answered a query with no next plugin: the kubernetes plugin fell through to a plugin the Corefile does not have.';
      return `CoreDNS's kubernetes plugin cannot reach the API server at ${/https?:\/\/([^/\s"]{1,200})/.exec(c.url ?? '')?.[1] ?? c.url}: ${certOrNetwork(c.detail ?? '') ?? c.detail}.`;
    },
    explanation: (c) => {
      if (c.nons)
        return 'The default Corefile forwards names outside the cluster to the nameservers of /etc/resolv.conf (the node\'s, or the kubelet\'s --resolv-conf). That file lists none (an air-gapped node, a resolv.conf left empty, systemd-resolved\'s stub file not used), so the forward plugin refuses to start and CoreDNS crash-loops.';
      if (c.bind)
        return c.bind === 'permission denied'
          ? "CoreDNS runs as a non-root user and port 53 is privileged: recent CoreDNS images need the NET_BIND_SERVICE capability (the manifests add it), or the kernel's net.ipv4.ip_unprivileged_port_start. A manifest or security policy that drops all capabilities, or an old manifest with a new image, makes the bind fail and the pod crash-loop."
          : 'Another process already listens on that port on the node or in the pod (a hostNetwork CoreDNS next to systemd-resolved or dnsmasq).';
      if (c.nonext)
        return "The kubernetes plugin answers the cluster's zone and, with fallthrough, passes other names to the next plugin. The Corefile has no plugin after it (the forward plugin removed), so queries it does not own fail with SERVFAIL.";
      return "The kubernetes plugin watches Services and Endpoints through the API server's Service IP. The request failed: the API server is down or restarting, kube-proxy has not programmed the Service IP on this node, or the pod network cannot reach the control plane.";
    },
    causes: (c) =>
      c.nons
        ? ['An empty or missing /etc/resolv.conf on the node', 'The kubelet pointed at a resolv.conf without nameservers']
        : c.bind
          ? ['Capabilities dropped (no NET_BIND_SERVICE) for a non-root CoreDNS', 'Another DNS server on the same port']
          : c.nonext
            ? ['A Corefile with fallthrough and no forward plugin after kubernetes']
            : ['The API server down or restarting', 'kube-proxy not running on the node', 'No route from the pod network to the control plane'],
    fixes: (c) => [
      c.nons
        ? fix('Give CoreDNS an upstream', ['Put nameservers in the node\'s resolv.conf, or forward to explicit servers in the Corefile'], 'kubectl -n kube-system edit configmap coredns\n# forward . 8.8.8.8 1.1.1.1\nkubectl -n kube-system rollout restart deployment coredns')
        : c.bind
          ? fix('Let CoreDNS bind port 53', ['Keep NET_BIND_SERVICE in the container\'s capabilities (the upstream manifest adds it), or use the manifest that matches the image'], "kubectl -n kube-system get deploy coredns -o jsonpath='{.spec.template.spec.containers[0].securityContext}'\n# securityContext:\n#   capabilities:\n#     add: [NET_BIND_SERVICE]\n#     drop: [ALL]")
          : c.nonext
            ? fix('Add the forward plugin back after kubernetes', [], 'kubectl -n kube-system edit configmap coredns\n# forward . /etc/resolv.conf\nkubectl -n kube-system rollout restart deployment coredns')
            : fix('Check the API server and kube-proxy from the node', [], 'kubectl get --raw /healthz\nkubectl -n kube-system get pods -l k8s-app=kube-proxy -o wide\nkubectl -n kube-system logs -l k8s-app=kube-dns --tail=20'),
    ],
    references: [DNS_DEBUG, COREDNS_PLUGINS],
    samples: ['plugin/forward: no nameservers found', 'Listen: listen tcp :53: bind: permission denied'],
  },
  // ---------------------------------------------------------------- ingress-nginx
  {
    id: 'k8s.ingress-nginx-reload-failed',
    language: 'kubernetes',
    // The controller's log when nginx -t refuses the generated configuration, or when the Lua endpoint that
    // receives the backends (dynamic reconfiguration) does not answer.
    match:
      /(?<reload>Unexpected failure reloading the backend)(?=(?:[\s\S]{0,600}?nginx: \[emerg\] (?<emerg>[^\n]{1,300}))?)|(?<reconf>Unexpected failure reconfiguring NGINX)|(?<dynamic>Dynamic reconfiguration failed): (?<dyn>[^\n]{1,300})(?=(?:[\s\S]{0,600}?(?<reconf2>Unexpected failure reconfiguring NGINX))?)/,
    requires: /Unexpected failure re|Dynamic reconfiguration failed/,
    errorType: (c) => c.reload ?? (c.reconf ?? c.reconf2 ?? 'Dynamic reconfiguration failed'),
    category: 'configuration',
    // Above nginx's own [emerg] patterns (34).
    priority: 36,
    summary: (c) =>
      c.reload
        ? `ingress-nginx could not reload nginx: the configuration it generated fails nginx's test${c.emerg ? ` (${c.emerg})` : ''}.`
        : "ingress-nginx could not hand the new backends to nginx's Lua balancer (dynamic reconfiguration).",
    explanation: (c) =>
      c.reload
        ? "The controller renders nginx.conf from every Ingress, the ConfigMap and the annotations, runs nginx -t on it, and reloads only if it passes. This one failed, so nginx keeps the last good configuration and every later change waits: usually a snippet annotation (configuration-snippet, server-snippet) or a ConfigMap value with a directive nginx rejects; the [emerg] line names the directive and the line of the temporary file. The admission webhook, when enabled, refuses such an Ingress before it reaches the controller."
        : 'Endpoints changes are sent to a Lua handler inside nginx over a local socket instead of a reload. The request failed because nginx was not running yet or restarting (the socket does not exist), usually right after the controller started or after a failed reload; the controller retries.',
    causes: (c) =>
      c.reload
        ? ['A snippet annotation or ConfigMap entry with an invalid nginx directive', 'An annotation value nginx cannot parse (a set with the wrong number of arguments, a bad regex)']
        : ['nginx not (yet) running inside the controller pod', 'nginx restarting after a failed reload or an OOM kill'],
    fixes: (c) => [
      c.reload
        ? fix(
            'Find the Ingress whose snippet breaks the configuration',
            ['Search the Ingresses and the ConfigMap for the directive the [emerg] line names, fix or remove it; enable the admission webhook to refuse such Ingresses up front'],
            `kubectl get ingress -A -o yaml | grep -n -B5 -A5 -i snippet\nkubectl -n ingress-nginx logs deploy/ingress-nginx-controller | grep -A5 "reloading the backend"${c.emerg ? `\n# nginx said: ${c.emerg}` : ''}`,
          )
        : fix('Check that nginx runs in the controller pod', ['Look for restarts and OOM kills of the controller, and a failed reload just before'], 'kubectl -n ingress-nginx get pods\nkubectl -n ingress-nginx logs deploy/ingress-nginx-controller --previous | tail -30'),
    ],
    references: [INGRESS_NGINX_TROUBLESHOOTING],
    samples: [
      'E0417 12:14:37.240681       8 controller.go:182] Unexpected failure reloading the backend:\n\n-------------------------------------------------------------------------------\nError: exit status 1\nnginx: [emerg] invalid number of arguments in "set" directive in /tmp/nginx-cfg213387931:4321\nnginx: configuration file /tmp/nginx-cfg213387931 test failed',
    ],
  },
  // ---------------------------------------------------------------- the pod network
  {
    // The kubelet's log of a sandbox whose CNI network could not be set up, and the event's message without its row:
    // the pod's failure as in its event row, FailedCreatePodSandBox, rather than k8s.tooling's bare phrase (which
    // stays the answer for containerd's and crictl's own lines).
    ...byCatalog7('k8s.pod-sandbox-message'),
    id: 'k8s.pod-sandbox-network-log',
    match:
      /(?:Failed (?:to )?create pod sandbox: |RunPodSandbox from runtime service failed(?:" err="|: )|CreatePodSandbox for pod \\?"[^"\n]{1,300}\\?" failed(?:" err="|: )|Failed to create sandbox for pod" err=")(?:rpc error: code = \w{1,20} desc = )?(?<detail>failed to setup network for sandbox [^\n]{1,400})/,
    requires: /failed to setup network for sandbox/,
    // Above k8s.tooling (34), which names only the network's phrase.
    priority: 35,
    samples: [
      'E1026 14:08:18.459322 1067481 remote_runtime.go:193] "RunPodSandbox from runtime service failed" err="rpc error: code = Unknown desc = failed to setup network for sandbox \\"5db402ddcda9\\": plugin type=\\"flannel\\" failed (add): loadFlannelSubnetEnv failed: open /run/flannel/subnet.env: no such file or directory"',
    ],
  },
];

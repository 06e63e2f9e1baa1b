/**
 * A seventh catalog pass over the Kubernetes family, from everyday pastes of kubectl describe, get and apply: the old
 * scheduler's predicates quoted without their row, a pod sandbox message without its row, the kubelet quoting the
 * Docker daemon's refusal (and a dashboard's "ImagePullBackOff:" line above a manifest error), the kubelet's older
 * "Couldn't find key" wording, node-problem-detector's OOMKilling record and 2015's "reason:OOM Killed", the kubelet's
 * older "node not found" line, server-side apply conflicts wrapped by Pulumi, an MCP server and kubectl with several
 * fields, kubectl's pre-1.9 validation ("found invalid field") and its ValidationError inside a JSON string, kubectl 1.1's
 * exec and version errors, a componentstatuses row, Terraform's kubernetes provider timing out; with guard rows for the
 * neighbouring messages that keep their answer. Pure: the rules engine alone.
 */
import { answer, expectRecognised, fixText } from './support/recognised';

describe("Kubernetes' everyday messages (seventh catalog pass)", () => {
  it.each([
    [
      'I got the error "No nodes are available that match all of the following predicates:: Insufficient cpu (1)."',
      'kubernetes',
      'FailedScheduling',
    ],
    [
      'Message:             No nodes are available that match all of the predicates: Insufficient cpu (19), Insufficient memory (19), PodToleratesNodeTaints (10).',
      'kubernetes',
      'FailedScheduling',
    ],
    [
      'Failed to pull image "suedostcargo-web": Error response from daemon: pull access denied for suedostcargo-web, repository does not exist or may require \'docker login\': denied: requested access to the resource is denied\n',
      'kubernetes',
      'ErrImagePull',
    ],
    [
      'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to set up sandbox container "f5890fc111e3c42cb25400c138e41f2a2ae47af7a8ac618e6dd2f60610f77967" network for pod "nginx-6bbbb4b598-t',
      'kubernetes',
      'FailedCreatePodSandBox',
    ],
    [
      'kubelet, worker-0 (combined from similar events): Failed create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox',
      'kubernetes',
      'FailedCreatePodSandBox',
    ],
    [
      '$ kubectl exec -it elasticsearch-attiy sh \nerror: Error executing remote command: Error executing command in container: container not found ("elasticsearch")',
      'kubernetes',
      'container not found',
    ],
    [
      'Deploying file has failed\nerror validating "daemonset.yaml.txt": error validating data: found invalid field request for v1.ResourceRequirements; if you choose to ignore these errors, turn validation off with --validate=false',
      'kubernetes',
      'ValidationError',
    ],
    [
      'error validating data: ValidationError(Deployment.spec.template): unknown field \\"annotations\\" in io.k8s.api.core.v1.PodTemplateSpec',
      'kubernetes',
      'ValidationError',
    ],
    [
      'fabric8 console...............................................................✘ error validating "https://repo1.maven.org/maven2/io/fabric8/apps/console-kubernetes/2.2.178/console-kubernetes-2.2.178-kubernetes.json": error validating data: found invalid field InitContainers for v1.PodSpec; if you choose to ignore these errors, turn validation off with --validate=false',
      'kubernetes',
      'ValidationError',
    ],
    [
      "error: couldn't read version from server:x509: certificate signed by unknown authority",
      'kubernetes',
      'certificate signed by unknown authority',
    ],
    [
      'etcd-2               Unhealthy   Get https://10.240.0.11:2379/health: x509: certificate signed by unknown authority (possibly because of "crypto/rsa: verification error" while trying to verify candidate authority certificate "Kubernetes")   ',
      'kubernetes',
      'certificate signed by unknown authority',
    ],
    [
      '╷ │ Error: Post "https://xxxxxx/api/v1/namespaces/kube-system/configmaps": dial tcp 192.168.20.250:443: i/o timeout and \n\n│   with module.eks.kubernetes_config_map.aws_auth[0],\n│   on .terraform/modules/eks/main.tf line 414, in resource "kubernetes_config_map" "aws_auth":\n│  414: resource "kubernetes_config_map" "aws_auth" {',
      'kubernetes',
      'i/o timeout',
    ],
    [
      'Sep 06 19:16:55 minikube kubelet[48563]: E0906 19:16:55.803068   48563 kubelet.go:2267] node "minikube" not found\nSep 06 19:16:55 minikube kubelet[48563]: E0906 19:16:55.903290   48563 kubelet.go:2267] node "minikube" not found\nSep 06 19:16:56 minikube kubelet[48563]: E0906 19:16:56.003415   48563 kubelet.go:2267] node "minikube" not found\n',
      'kubernetes',
      'Error getting node',
    ],
    [
      'Events:\n  Type     Reason                 Age              From              Message\n  ----     ------                 ----             ----              -------\n  Normal   SuccessfulMountVolume  1m               kubelet, uy06-04  MountVolume.SetUp succeeded for volume "var-log-contiv"\n  Normal   SuccessfulMountVolume  1m               kubelet, uy06-04  MountVolume.SetUp succeeded for volume "contiv-netmaster-token-vb5kn"\n  Warning  Failed                 1m (x2 over 1m)  kubelet, uy06-04  Error: Couldn\'t find key contiv_etcd in ConfigMap kube-system/contiv-config\n  Warning  FailedSync             1m (x2 over 1m)  kubelet, uy06-04  Error syncing pod\n  Normal   Pulling                1m (x3 over 1m)  kubelet, uy06-04  pulling image "contiv/stats"\n  Warning  Failed                 1m (x3 over 1m)  kubelet, uy06-04  Error: Couldn\'t find key contiv_etcd in ConfigMap kube-system/contiv-config',
      'kubernetes',
      'CreateContainerConfigError',
    ],
    [
      'ImagePullBackOff: Back-off pulling image "drainnode/leader:v1.0-rc9"\nErrImagePull: rpc error: code = Unknown desc = Error response from daemon: manifest for drainnode/leader:v1.0-rc9 not found: manifest unknown: manifest unknown',
      'kubernetes',
      'ImagePullBackOff',
    ],
    [
      'kubernetes:apps/v1:Deployment (shaht-nginx-deployment):\n    error: Preview failed: 1 error occurred:\n        * the Kubernetes API server reported that "shaht-ns-0e53929a/shaht-nginx-deployment-feeb0b9b" failed to fully initialize or become live: Server-Side Apply field conflict detected. see https://www.pulumi.com/registry/packages/kubernetes/how-to-guides/managing-resources-with-server-side-apply/#handle-field-conflicts-on-existing-resources for troubleshooting help\n    : Apply failed with 1 conflict: conflict with "kube-controller-manager" with subresource "scale" using apps/v1: .spec.replicas',
      'kubernetes',
      'Conflict',
    ],
    [
      'The resource managed by field manager "pulumi-kubernetes-9880894e" had an apply conflict: Apply failed with 4 conflicts: conflicts with "gkebackup" using apps/v1:\n    - .spec.template.spec.containers[name="project"].image\n    - .spec.template.spec.containers[name="project"].env[name="JAVA_OPTS"].value',
      'kubernetes',
      'Conflict',
    ],
    [
      'failed to create or update resources: Apply failed with 1 conflict: conflict with \\"before-first-apply\\" using apps/v1: .spec.replicas',
      'kubernetes',
      'Conflict',
    ],
    [
      'namespace/monitoring serverside-applied\nApply failed with 2 conflicts: conflicts with "entry" using apiextensions.k8s.io/v1:\n- .metadata.annotations.controller-gen.kubebuilder.io/version\n- .spec.versions\nPlease review the fields above--they currently have other managers. Here\nare the ways you can resolve this warning:\n* If you intend to manage all of these fields, please re-run the apply\n  command with the `--force-conflicts` flag.',
      'kubernetes',
      'Conflict',
    ],
    [
      '    "reason": "OOMKilling",\n    "message": "Memory cgroup out of memory: Killed process 3504804 (kubectl) total-vm:753508kB, anon-rss:58776kB, file-rss:29400kB, shmem-rss:0kB, UID:0 pgtables:288kB oom_score_adj:999",\n    "source": {\n      "component": "kernel-monitor",\n      "host": "<node_name>"\n    },',
      'kubernetes',
      'OOMKilling',
    ],
    [
      '$ ./cluster/kubectl.sh  get pod -o go-template=\'{{range.status.containerStatuses}}{{"Container Name: "}}{{.name}}{{"\\r\\nLastState: "}}{{.lastState}}{{end}}\'  simmemleak-60xbc\nContainer Name: simmemleak\nLastState: map[terminated:map[exitCode:137 reason:OOM Killed startedAt:2015-07-07T20:58:43Z finishedAt:2015-07-07T20:58:43Z containerID:docker://0e4095bba1feccdfe7ef9fb6ebffe972b4b14285d5acdec6f0d3ae8a22fad8b2]]\n',
      'kubernetes',
      'OOMKilled',
    ],
    [
      './kind create cluster -v 1\nCreating cluster "kind" ...\nDEBUG: docker/images.go:58] Image: kindest/node:v1.18.2@sha256:7b27a6d0f2517ff88ba444025beae41491b016bc6af573ba467b70c5e8e0d85f present locally\n \u2713 Ensuring node image (kindest/node:v1.18.2) \ud83d\uddbc\n \u2713 Preparing nodes \ud83d\udce6\n \u2717 Writing configuration \ud83d\udcdc\nERROR: failed to create cluster: failed to generate kubeadm config content: failed to get kubernetes version from node: failed to get file: command "docker exec --privileged kind-control-plane cat /kind/version" failed with error: exit status 1\nCommand Output: Error response from daemon: Container d2f7c99a0a7424256491be5f5d1751cb11e55a51ca37c4c684a125fd1abdb19f is not running',
      'kubernetes',
      'failed to generate kubeadm config content',
    ],
  ])('recognises %j', (error: string, language: string, errorType: string) => {
    expectRecognised(error, language, errorType);
  });

  it.each([
    [
      '  2h\t\t48m\t\t7\tdefault-scheduler\t\t\tWarning\t\tFailedScheduling\tNo nodes are available that match all of the following predicates:: Insufficient cpu (9), Insufficient memory (15), MatchNodeSelector (18).',
      'kubernetes',
      'FailedScheduling',
    ],
    ['0/5 nodes are available: 2 node(s) were unschedulable, 3 Insufficient pods.', 'kubernetes', 'FailedScheduling'],
    [
      'Failed to pull image "rmeuser-auth:latest": rpc error: code = Unknown desc = Error response from daemon: pull access denied for rmeuser-auth, repository does not exist or may require \'docker login\'',
      'kubernetes',
      'ErrImagePull',
    ],
    [
      '  Warning  Failed     27s (x3 over 75s)  kubelet            Failed to pull image "oamdev/vela-core:0.3.1": rpc error: code = Unknown desc = Error response from daemon: manifest for oamdev/vela-core:0.3.1 not found: manifest unknown: manifest unknown',
      'kubernetes',
      'ErrImagePull',
    ],
    [
      "docker: Error response from daemon: pull access denied for tribeca, repository does not exist or may require 'docker login': denied: requested access to the resource is denied.\nSee 'docker run --help'.",
      'docker',
      'pull access denied',
    ],
    [
      '➜  openwrt docker pull docker.14790897.xyz/14790897/openwrt:86_64\nError response from daemon: manifest for docker.14790897.xyz/14790897/openwrt:86_64 not found: manifest unknown: manifest unknown',
      'docker',
      'manifest unknown',
    ],
    [
      '  Warning  FailedCreatePodSandBox  101s                kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "cb8a846be7902a752bae7f4cdee280111ba8f005e90b6b68c7062bd1cb68a7b4": plugin type="calico" failed (add): connection is unauthorized: Unauthorized',
      'kubernetes',
      'FailedCreatePodSandBox',
    ],
    [
      'root@cri-master:~# crictl runs sandbox-config.json\nFATA[0000] run pod sandbox failed: rpc error: code = Unknown desc =failed to setup network for sandbox     "3ad790c715c817d22e6f6df95bf612dbc0ceaf05d2d94f94e62aa4b57234ea57": pods "nginx-sandbox" not found ',
      'kubernetes',
      'failed to setup network for sandbox',
    ],
    [
      '  Normal   Pulled     2s (x5 over 54s)  kubelet            Container image "localhost:5000/aegis-workload-demo-using-init-container:0.15.6" already present on machine\n  Warning  Failed     2s (x5 over 54s)  kubelet            Error: couldn\'t find key VALUE in Secret default/aegis-secret-aegis-workload-demo',
      'kubernetes',
      'CreateContainerConfigError',
    ],
    ['Last State:     Terminated\n  Reason:       OOMKilled\n  Exit Code:    137', 'kubernetes', 'OOMKilled'],
    [
      'Jan 31 01:02:08 minikube kubelet[2186]: E0131 01:02:08.345139    2186 kubelet.go:2448] "Error getting node" err="node \\"minikube\\" not found"',
      'kubernetes',
      'Error getting node',
    ],
    [
      '        failed to run "type.googleapis.com/foundation.runtime.kubernetes.kubedef.OpApply": failed when calling resource: nginx Ingress: IngressClass nginx: failed to apply: Apply failed with 1 conflict: conflict with "kubectl-client-side-apply" using networking.k8s.io/v1: .metadata.labels.app.kubernetes.io/version',
      'kubernetes',
      'Conflict',
    ],
    [
      'error: error validating "STDIN": error validating data: ValidationError(Deployment.spec): unknown field "terminationGracePeriodSeconds" in io.k8s.api.apps.v1.DeploymentSpec; if you choose to ignore these errors, turn validation off with --validate=false',
      'kubernetes',
      'ValidationError',
    ],
    [
      'error: error validating "k8s/utils/postgresql/kustomization.yaml": error validating data: [apiVersion not set, kind not set]; if you choose to ignore these errors, turn validation off with --validate=false',
      'kubernetes',
      'apiVersion not set',
    ],
    [
      '[root@##### .kube]# kubectl get pods\nUnable to connect to the server: x509: certificate signed by unknown authority',
      'kubernetes',
      'certificate signed by unknown authority',
    ],
    [
      '[kopsuser@kops-demo ~]$ kubectl get nodes\nUnable to connect to the server: dial tcp IP:443: i/o timeout',
      'kubernetes',
      'Unable to connect to the server',
    ],
    [
      '  Warning  Unhealthy  105s (x4 over 2m15s)  kubelet, gke-shop-mates-pool-3-10336c2f-q5jf  Readiness probe failed: Get http://10.48.8.21:80/wp-login.php: dial tcp 10.48.8.21:80: connect: connection refused',
      'kubernetes',
      'Unhealthy',
    ],
    [
      '$ kubectl logs polls-foo1\nError from server (BadRequest): a container name must be specified for pod polls-foo1, choose one of: [polls-app cloudsql-proxy]',
      'kubernetes',
      'BadRequest',
    ],
    [
      'Error response from daemon: Container d2f7c99a0a7424256491be5f5d1751cb11e55a51ca37c4c684a125fd1abdb19f is not running',
      'docker',
      'container is not running',
    ],
    [
      'Creating cluster "kind-cluster" ...\n \u2713 Ensuring node image (registryonline-hulk.sankuai.com/custom_prod/com.sankuai.admin.kubernetes/ferry/kindest/node:v1.26.0) \ud83d\uddbc\n \u2713 Preparing nodes \ud83d\udce6\n \u2713 Writing configuration \ud83d\udcdc\n \u2717 Starting control-plane \ud83d\udd79\ufe0f\nERROR: failed to create cluster: failed to init node with kubeadm: command "docker exec --privileged kind-cluster-control-plane kubeadm init --skip-phases=preflight --config=/kind/kubeadm.conf --skip-token-print --v=6" failed with error: exit status 1\nCommand Output: I0724 07:00:48.103632     164 initconfiguration.go:254] loading configuration from "/kind/kubeadm.conf"\nW0724 07:00:48.105696     164 initconfiguration.go:331] [config] WARNING: Ignored YAML document with GroupVersionKind kubeadm.k8s.io/v1beta3, Kind=JoinConfiguration',
      'kubernetes',
      'failed to init node with kubeadm',
    ],
  ])('keeps the answer of a neighbouring message %j', (error: string, language: string, errorType: string) => {
    expectRecognised(error, language, errorType);
  });

  it.each([
    ['panic: Get "https://api.example.com/v1/items": dial tcp 10.0.0.5:443: i/o timeout'],
    ['2024/01/02 10:00:00 Get "https://10.0.0.1:8443/health": x509: certificate signed by unknown authority'],
  ])('leaves a look-alike outside the family alone %j', (error: string) => {
    expect(answer(error).language).not.toBe('kubernetes');
  });

  it('names what the message captured in its fixes', () => {
    expect(
      fixText(
        'Failed to pull image "suedostcargo-web": Error response from daemon: pull access denied for suedostcargo-web, repository does not exist or may require \'docker login\'',
      ),
    ).toContain('suedostcargo-web');
    expect(
      fixText(
        "  Warning  Failed  1m (x2 over 1m)  kubelet, uy06-04  Error: Couldn't find key contiv_etcd in ConfigMap kube-system/contiv-config",
      ),
    ).toContain('contiv_etcd');
    expect(fixText('Apply failed with 1 conflict: conflict with \\"before-first-apply\\" using apps/v1: .spec.replicas')).toContain(
      'before-first-apply',
    );
  });
});

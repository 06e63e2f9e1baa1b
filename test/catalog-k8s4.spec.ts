/**
 * A fourth catalog pass over the Kubernetes family, from everyday errors as people paste them: the claim's event rows
 * (ProvisioningFailed), the kubelet's older mount and start lines, a StatefulSet's FailedCreate, a Deployment's ProgressDeadlineExceeded condition, client-go lines with an unquoted
 * URL and etcd's client error, minikube's API server health check, EKS node group issue codes, Argo CD's comparison
 * failures, Flux's release that Helm no longer knows, kustomize, kind and Helm 2 wrapped by other tools; with guard
 * rows for the neighbouring messages that keep their answer. Pure: the rules engine alone.
 */
import { answer, expectRecognised, fixText } from './support/recognised';

describe("Kubernetes tools' messages (fourth catalog pass)", () => {
  it.each([
    // Volumes and claims: the claim's own event rows, the kubelet's mount line
    [
      'Normal   WaitForFirstConsumer  24m (x26 over 30m)  persistentvolume-controller                                                         waiting for first consumer to be created before binding\n  Warning  ProvisioningFailed    21m (x12 over 24m)  local.csi.openebs.io_openebs-lvm-controller-1_b30b6ebc-490c-4b35-943e-9e117e9a5b19  failed to provision volume with StorageClass "sc-wfc": rpc error: code = ResourceExhausted desc =   Volume group "lvmvg" has insufficient free space (7679 extents): 10240 required.',
      'kubernetes',
      'ProvisioningFailed',
    ],
    [
      'kubelet.go:1622] Unable to mount volumes for pod "write-pod-test_default(4840a4e6-9e96-11e7-9fd4-98be9407de00)": timeout',
      'kubernetes',
      'FailedMount',
    ],
    // Controllers, quotas, rollouts
    [
      '39m         Warning   FailedCreate                      statefulset/fpl-case-service-pr-3308-es-master                              create Pod fpl-case-service-pr-3308-es-master-0 in StatefulSet fpl-case-service-pr-3308-es-master failed error: pods "fpl-case-service-pr-3308-es-master-0" is forbidden: failed quota: fpl-quota: must specify requests.cpu,requests.memory',
      'kubernetes',
      'FailedCreate',
    ],
    [
      'Conditions:\n  Type           Status  Reason\n  ----           ------  ------\n  Available      True    MinimumReplicasAvailable\n  Progressing    False   ProgressDeadlineExceeded',
      'kubernetes',
      'ProgressDeadlineExceeded',
    ],
    // The kubelet, cluster components and their API calls
    [
      'Error syncing pod 670f607d-b5a8-11a4-b673-005056b7468b, skipping: failed to "StartContainer" for "deployment" with RunContainerError: "runContainer: Error response from daemon: Relabeling content in /usr is not allowed."',
      'kubernetes',
      'RunContainerError',
    ],
    ['$ kubectl logs test\nError from server: container "test" in pod "test" is waiting to start - no logs yet', 'kubernetes', 'BadRequest'],
    [
      'I0113 13:18:38.369619    3964 api_server.go:240] Checking apiserver healthz at https://192.168.212.89:8443/healthz ...\n- I0113 13:18:43.370887    3964 api_server.go:256] stopped: https://192.168.212.89:8443/healthz: Get "https://192.168.212.89:8443/healthz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
      'kubernetes',
      'context deadline exceeded',
    ],
    [
      '{"log":"E0218 03:22:53.751888       1 leaderelection.go:224] error retrieving resource lock kube-system/kube-controller-manager: client: etcd cluster is unavailable or misconfigured; error #0: client: etcd member http://127.0.0.1:2379 has no leader\\n","stream":"stderr","time":"2019-02-18T03:22:53.752513991Z"}',
      'kubernetes',
      'etcd cluster is unavailable or misconfigured',
    ],
    [
      'E0412 20:21:05.886182       5 leaderelection.go:224] error retrieving resource lock kube-system/kube-controller-manager: Get https://127.0.0.1/api/v1/namespaces/kube-system/endpoints/kube-controller-manager: dial tcp 127.0.0.1:443: getsockopt: connection refused\nE0412 20:21:07.987694       5 leaderelection.go:224] error retrieving resource lock kube-system/kube-controller-manager: Get https://127.0.0.1/api/v1/namespaces/kube-system/endpoints/kube-controller-manager: dial tcp 127.0.0.1:443: getsockopt: connection refused',
      'kubernetes',
      'connection refused',
    ],
    [
      '482 leaderelection.go:224] error retrieving resource lock kube-system/kube-controller-manager: Get https://IP:6443/api/v1/namespaces/kube-system/endpoints/kube-controller-manager: x509: certificate signed by unknown authority',
      'kubernetes',
      'certificate signed by unknown authority',
    ],
    // EKS managed node groups, as Terraform, CloudFormation and the CDK report them
    [
      'Resource handler returned message: "[Issue(Code=NodeCreationFailure, Message=Instances failed to join the kubernetes cluster, ResourceIds=[i-01ffcdfb2f4d5670f, i-0cdaaf8fbe0d3b249])] (Service: null, Status Code: 0, Request ID: null)" (RequestToken: 2b857f44-998a-d3d1-1a4c-f5bf1899f733, HandlerErrorCode: GeneralServiceException)',
      'kubernetes',
      'NodeCreationFailure',
    ],
    [
      'Error: error waiting for EKS Node Group (app-eks-prd:app-eks-prd_public_node_group) creation: NodeCreationFailure: Instances failed to join the kubernetes cluster. Resource IDs: [i-0b06c566c8c8f87d7]',
      'kubernetes',
      'NodeCreationFailure',
    ],
    [
      '│ Error: waiting for EKS Node Group (alan-test:alan-test-node-group) create: unexpected state \'CREATE_FAILED\', wanted target \'ACTIVE\'. last error: i-04f75f53f0d51d3a8: NodeCreationFailure: Instances failed to join the kubernetes cluster\n│ \n│   with module.eks.aws_eks_node_group.eks_node_group,\n│   on ../modules/main.tf line 133, in resource "aws_eks_node_group" "eks_node_group":',
      'kubernetes',
      'NodeCreationFailure',
    ],
    [
      'EksdemoStack | 11/14 | 下午2:21:22 | CREATE_FAILED        | AWS::EKS::Nodegroup                   | Cluster/NodegroupDefaultCapacity (ClusterNodegroupDefaultCapacityDA0920A3) Nodegroup ClusterNodegroupDefaultCapa-cSKLvWa4Tbo3 failed to stabilize: [{Code: NodeCreationFailure,Message: Instances failed to join the kubernetes cluster,ResourceIds: [i-02d2213bead380a29, i-0917ddef8f04b94b8]}]',
      'kubernetes',
      'NodeCreationFailure',
    ],
    // Argo CD, Flux, kustomize, kind and Helm wrapped by other tools
    [
      'Failed to compare desired state to live state: failed to perform pre-diff normalization: error building typed results: error creating typedLive: .status: field not declared in schema',
      'kubernetes',
      'ComparisonError',
    ],
    [
      'podinfo  \thelmrelease/podinfo\tFalse\tHelm uninstall failed: uninstall: Release not loaded: podinfo: release: not found',
      'kubernetes',
      'release: not found',
    ],
    [
      "canaries   148d   False   kustomize build failed: accumulating resources: accumulation err='accumulating resources from 'k8s': read /tmp/kustomization-2520510114/fixtures/k8s: is a directory': recursed accumulation of path '/tmp/kustomization-2520510114/fixtures/k8s': accumulating resources: accumulation err='accumulating resources from 'namespace_pass.yaml': open /tmp/kustomization-2520510114/fixtures/k8s/namespace_pass.yaml: no such file or directory'",
      'kubernetes',
      'accumulating resources',
    ],
    [
      'E0819 13:36:27.890266  353646 console.go:84] Error creating cluster: create kind cluster failed: error creating bootstrap cluster: failed to init node with kubeadm: command "docker exec --privileged bmctl-control-plane kubeadm init --skip-phases=preflight --config=/kind/kubeadm.conf --skip-token-print --v=6" failed with error: exit status 1',
      'kubernetes',
      'failed to init node with kubeadm',
    ],
    [
      'Adding stable repo with URL: https://kubernetes-charts.storage.googleapis.com \nError: Looks like "https://kubernetes-charts.storage.googleapis.com" is not a valid chart repository or cannot be reached: Get https://kubernetes-charts.storage.googleapis.com/index.yaml: dial tcp: lookup kubernetes-charts.storage.googleapis.com on 10.152.183.10:53: read udp 10.1.1.125:56134->10.152.183.10:53: i/o timeout',
      'kubernetes',
      'is not a valid chart repository or cannot be reached',
    ],
  ])('recognises %j', (error: string, language: string, errorType: string) => {
    expectRecognised(error, language, errorType);
  });

  it.each([
    // a pod's FailedScheduling row stays FailedScheduling, a quota row FailedCreate, kubectl rollout status its phrase
    [
      "Warning  FailedScheduling  <unknown>  default-scheduler  0/2 nodes are available: 2 node(s) didn't find available persistent volumes to bind.",
      'kubernetes',
      'FailedScheduling',
    ],
    [
      'Events:\n  Type    Reason                Age                 From                         Message\n  ----    ------                ----                ----                         -------\n  Normal  WaitForFirstConsumer  15s (x7 over 100s)  persistentvolume-controller  waiting for first consumer to be created before binding',
      'kubernetes',
      'FailedScheduling',
    ],
    [
      '$ kubectl apply -f pod.yaml\nError from server (Forbidden): error when creating "pod.yaml": pods "nginx-pod" is forbidden: failed quota: quota: must specify memory',
      'kubernetes',
      'exceeded quota',
    ],
    [
      'Warning  FailedScheduling  18s   default-scheduler  0/1 nodes are available: 1 node(s) did not have enough free storage. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling..',
      'kubernetes',
      'FailedScheduling',
    ],
    [
      "Events:\n  Type     Reason            Age                 From               Message\n  ----     ------            ----                ----               -------\n  Warning  FailedScheduling  9h (x108 over 18h)  default-scheduler  0/1 nodes are available: 1 node(s) didn't match Pod's node affinity/selector. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling..\n  Warning  FailedScheduling  35s                 default-scheduler  0/1 nodes are available: 1 node(s) didn't match Pod's node affinity/selector. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling..",
      'kubernetes',
      'FailedScheduling',
    ],
    ['Error: error: deployment "xxx-sit" exceeded its progress deadline', 'kubernetes', 'exceeded its progress deadline'],
    [
      '/usr/bin/kubectl rollout status Deployment/scoutasiacluster-dbd1 --namespace scoutasiacluster8fce\nWaiting for deployment "scoutasiacluster-dbd1" rollout to finish: 1 out of 2 new replicas have been updated...\nWaiting for deployment "scoutasiacluster-dbd1" rollout to finish: 1 out of 2 new replicas have been updated...\nerror: deployment "scoutasiacluster-dbd1" exceeded its progress deadline',
      'kubernetes',
      'exceeded its progress deadline',
    ],
    [
      'Oct 29 13:16:48 centos02 kubelet[4919]: E1029 13:16:48.471488    4919 pod_workers.go:182] Error syncing pod cc89ef7c-bc47-11e7-85ce-901b0edee6b6 ("alpine-368057524-bgt0m_default(cc89ef7c-bc47-11e7-85ce-901b0edee6b6)"), skipping: failed to "StartContainer" for "alpine" with CrashLoopBackOff: "Back-off 5m0s restarting failed container=alpine pod=alpine-368057524-bgt0m_default(cc89ef7c-bc47-11e7-85ce-901b0edee6b6)"',
      'kubernetes',
      'CrashLoopBackOff',
    ],
    [
      'Error from server (Forbidden): error when creating "test_NBody.yml": admission webhook "validation.gatekeeper.sh" denied the request: [userpodlimits] container <cudasample> has no cpu limit, please see https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/\n[userpodlimits] container <cudasample> has no memory limit, please see https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/',
      'kubernetes',
      'admission webhook denied the request',
    ],
    // client-go's quoted URL, an RBAC refusal in a leader election, the newer BadRequest
    [
      'I0227 22:49:25.006393       1 leaderelection.go:248] attempting to acquire leader lease kube-system/kube-controller-manager...\nE0227 22:49:30.007315       1 leaderelection.go:330] error retrieving resource lock kube-system/kube-controller-manager: Get "https://127.0.0.1:6443/apis/coordination.k8s.io/v1/namespaces/kube-system/leases/kube-controller-manager?timeout=5s": net/http: request canceled (Client.Timeout exceeded while awaiting headers)',
      'kubernetes',
      'context deadline exceeded',
    ],
    [
      'E0710 21:02:45.211259 1 leaderelection.go:330] error retrieving resource lock ci/boskos-cleaner-leaderlock: leases.coordination.k8s.io "boskos-cleaner-leaderlock" is forbidden: User "system:serviceaccount:ci:boskos" cannot get resource "leases" in API group "coordination.k8s.io" in the namespace "ci"',
      'kubernetes',
      'Forbidden',
    ],
    [
      'I0919 16:51:40.746146       1 controller_utils.go:1027] Waiting for caches to sync for stateful set controller\nE0919 19:15:20.985776       1 leaderelection.go:341] Failed to update lock: etcdserver: request timed out',
      'kubernetes',
      'etcdserver: request timed out',
    ],
    [
      'Error from server (BadRequest): container "archiva" in pod "archiva-deploy-868271406-p7v7q" is waiting to start: ContainerCreating',
      'kubernetes',
      'BadRequest',
    ],
    [
      'W0910 05:59:13.187]  Error from server (BadRequest): previous terminated container "istio-ingress" in pod "istio-ingress-2398531633-mtghq" not found',
      'kubernetes',
      'BadRequest',
    ],
    // kustomize, kind and Helm in their own words, Argo CD's conditions
    [
      "# Warning: 'vars' is deprecated. Please use 'replacements' instead. [EXPERIMENTAL] Run 'kustomize edit fix' to update your Kustomization automatically.\nError: accumulating resources: accumulation err='merging resources from 'metrics_service.yaml': may not add resource with an already registered id: Service.v1.[noGrp]/controller-manager-metrics-service.system': must build at directory: '/Users/jrbangit03/tortoise/config/default/metrics_service.yaml': file is not directory\nerror: no objects passed to apply\nmake: *** [deploy] Error 1",
      'kubernetes',
      'accumulating resources',
    ],
    [
      "$ kustomize build .\nError: accumulating resources: accumulation err='accumulating resources from 'resources/service.yaml': yaml: line 9: did not find expected key': got file 'service.yaml', but '/home/marc/projects/k8-orchestration/tick-kustomize/base/kapacitor/resources/service.yaml' must be a directory to be a root",
      'kubernetes',
      'accumulating resources',
    ],
    ['Error: failed to create cluster: failed to init node with kubeadm: exit status 1', 'kubernetes', 'failed to init node with kubeadm'],
    [
      'ERROR: failed to create cluster: failed to init node with kubeadm: command "docker exec --privileged kind-control-plane kubeadm init --ignore-preflight-errors=all --config=/kind/kubeadm.conf --skip-token-print --v=6" failed with error: exit status 1',
      'kubernetes',
      'failed to init node with kubeadm',
    ],
    [
      'fatal: [localhost]: FAILED! => changed=false \n  command: /usr/local/bin/helm --version=6.6.5 --repo=https://charts.bitnami.com/bitnami/ show chart \'metrics-server\'\n  msg: |-\n    Failure when executing Helm command. Exited 1.\n    stdout:\n    stderr: Error: looks like "https://charts.bitnami.com/bitnami/" is not a valid chart repository or cannot be reached: Get "https://repo.broadcom.com/bitnami-files/index.yaml": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
      'kubernetes',
      'is not a valid chart repository or cannot be reached',
    ],
    [
      'INSTALLATION FAILED: Kubernetes cluster unreachable: the server could not find the requested resource',
      'kubernetes',
      'Kubernetes cluster unreachable',
    ],
    [
      'FATA[0020] rpc error: code = InvalidArgument desc = application spec for blue-green is invalid: InvalidSpecError: repository not accessible: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing dial tcp 172.20.86.254:8081: i/o timeout"',
      'kubernetes',
      'InvalidSpecError',
    ],
    [
      '{"level":"error","ts":"2021-06-23T14:28:08.066Z","logger":"controller.helmrelease","msg":"Reconciler error","reconciler group":"helm.toolkit.fluxcd.io","reconciler kind":"HelmRelease","name":"podinfo","namespace":"podinfo","error":"previous release attempt remediation failed"}',
      'kubernetes',
      'Reconciler error',
    ],
    [
      'Warning  FailedCreate  replicaset-controller  Error creating: pods "api-7d9c8b6f5-abcde" is forbidden: exceeded quota: compute-resources, requested: limits.memory=2Gi, used: limits.memory=7Gi, limited: limits.memory=8Gi',
      'kubernetes',
      'FailedCreate',
    ],
    [
      "Events:\n  Type     Reason                Age   From                         Message\n  ----     ------                ----  ----                         -------\n  Normal   WaitForFirstConsumer  2m    persistentvolume-controller  waiting for first consumer to be created before binding\n  Warning  FailedScheduling      1m    default-scheduler            0/2 nodes are available: 2 node(s) didn't find available persistent volumes to bind.",
      'kubernetes',
      'FailedScheduling',
    ],
  ])('keeps the answer of a neighbouring message %j', (error: string, language: string, errorType: string) => {
    expectRecognised(error, language, errorType);
  });

  it('names what the message captured in its fixes', () => {
    expect(
      fixText(
        '39m         Warning   FailedCreate                      statefulset/fpl-case-service-pr-3308-es-master                              create Pod fpl-case-service-pr-3308-es-master-0 in StatefulSet fpl-case-service-pr-3308-es-master failed error: pods "fpl-case-service-pr-3308-es-master-0" is forbidden: failed quota: fpl-quota: must specify requests.cpu,requests.memory',
      ),
    ).toContain('kubectl get statefulset fpl-case-service-pr-3308-es-master');
    expect(
      fixText(
        'Error: error waiting for EKS Node Group (app-eks-prd:app-eks-prd_public_node_group) creation: NodeCreationFailure: Instances failed to join the kubernetes cluster. Resource IDs: [i-0b06c566c8c8f87d7]',
      ),
    ).toContain('i-0b06c566c8c8f87d7');
    expect(
      fixText('podinfo  \thelmrelease/podinfo\tFalse\tHelm uninstall failed: uninstall: Release not loaded: podinfo: release: not found'),
    ).toContain('flux suspend helmrelease podinfo');
    expect(fixText('$ kubectl logs test\nError from server: container "test" in pod "test" is waiting to start - no logs yet')).toContain(
      'kubectl describe pod test',
    );
    expect(
      fixText(
        'E0412 20:21:05.886182       5 leaderelection.go:224] error retrieving resource lock kube-system/kube-controller-manager: Get https://127.0.0.1/api/v1/namespaces/kube-system/endpoints/kube-controller-manager: dial tcp 127.0.0.1:443: getsockopt: connection refused\nE0412 20:21:07.987694       5 leaderelection.go:224] error retrieving resource lock kube-system/kube-controller-manager: Get https://127.0.0.1/api/v1/namespaces/kube-system/endpoints/kube-controller-manager: dial tcp 127.0.0.1:443: getsockopt: connection refused',
      ),
    ).toContain('https://127.0.0.1/api/v1/namespaces/kube-system/endpoints/kube-controller-manager');
    expect(
      fixText(
        'Normal   WaitForFirstConsumer  24m (x26 over 30m)  persistentvolume-controller                                                         waiting for first consumer to be created before binding\n  Warning  ProvisioningFailed    21m (x12 over 24m)  local.csi.openebs.io_openebs-lvm-controller-1_b30b6ebc-490c-4b35-943e-9e117e9a5b19  failed to provision volume with StorageClass "sc-wfc": rpc error: code = ResourceExhausted desc =   Volume group "lvmvg" has insufficient free space (7679 extents): 10240 required.',
      ),
    ).toContain('kubectl get storageclass sc-wfc');
  });

  it('explains the cause the message shows', () => {
    expect(
      answer(
        'Adding stable repo with URL: https://kubernetes-charts.storage.googleapis.com \nError: Looks like "https://kubernetes-charts.storage.googleapis.com" is not a valid chart repository or cannot be reached: Get https://kubernetes-charts.storage.googleapis.com/index.yaml: dial tcp: lookup kubernetes-charts.storage.googleapis.com on 10.152.183.10:53: read udp 10.1.1.125:56134->10.152.183.10:53: i/o timeout',
      ).explanation,
    ).toMatch(/shut down in November 2020/);
    expect(
      answer(
        '{"log":"E0218 03:22:53.751888       1 leaderelection.go:224] error retrieving resource lock kube-system/kube-controller-manager: client: etcd cluster is unavailable or misconfigured; error #0: client: etcd member http://127.0.0.1:2379 has no leader\\n","stream":"stderr","time":"2019-02-18T03:22:53.752513991Z"}',
      ).explanation,
    ).toMatch(/quorum/);
  });
});

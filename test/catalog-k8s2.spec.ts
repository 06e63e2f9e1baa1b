/**
 * A second catalog pass over the Kubernetes family (issue 12): admission and policy (pod security
 * admission, LimitRange, quotas, RBAC, Gatekeeper and Kyverno, ValidatingAdmissionPolicy), the kubelet's
 * volume operations and the scheduler's plugins, event reasons, kubectl's client checks, and the tools
 * around a cluster (kustomize, Flux, Argo CD, kind, k3d, MicroK8s, minikube, Istio's Envoy, cert-manager,
 * the AWS Load Balancer Controller, ingress-nginx, the cloud providers' auth plugins).
 * Pure: the rules engine alone.
 */
import { expectRecognised, fixText } from './support/recognised';

describe("Kubernetes tools' messages (second catalog pass)", () => {
  it.each([
    [
      'Warning: would violate PodSecurity "restricted:latest": allowPrivilegeEscalation != false (container "nginx" must set securityContext.allowPrivilegeEscalation=false), unrestricted capabilities (container "nginx" must set securityContext.capabilities.drop=["ALL"]), runAsNonRoot != true (pod or container "nginx" must set securityContext.runAsNonRoot=true), seccompProfile (pod or container "nginx" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost")\npod/nginx created',
      'kubernetes',
      'would violate PodSecurity',
    ],
    [
      'W0801 11:37:51.434357   78893 warnings.go:70] would violate PodSecurity "restricted:v1.24": allowPrivilegeEscalation != false (container "app" must set securityContext.allowPrivilegeEscalation=false), unrestricted capabilities (container "app" must set securityContext.capabilities.drop=["ALL"])',
      'kubernetes',
      'would violate PodSecurity',
    ],
    [
      'Warning: would violate PodSecurity "baseline:latest": hostPath volumes (volume "hostpath-volume")\npod/psa-nginx created',
      'kubernetes',
      'would violate PodSecurity',
    ],
    [
      'Error from server (Forbidden): error when creating "pod.yaml": pods "nginx" is forbidden: violates PodSecurity "restricted:latest": allowPrivilegeEscalation != false (container "nginx" must set securityContext.allowPrivilegeEscalation=false), unrestricted capabilities (container "nginx" must set securityContext.capabilities.drop=["ALL"]), runAsNonRoot != true (pod or container "nginx" must set securityContext.runAsNonRoot=true), seccompProfile (pod or container "nginx" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost")',
      'kubernetes',
      'Forbidden',
    ],
    [
      '  Warning  FailedCreate  2m (x17 over 8m)  replicaset-controller  Error creating: pods "cert-manager-webhook-hetzner-7d9f-" is forbidden: violates PodSecurity "restricted:latest": allowPrivilegeEscalation != false (container "cert-manager-webhook-hetzner" must set securityContext.allowPrivilegeEscalation=false)',
      'kubernetes',
      'FailedCreate',
    ],
    [
      'pods "tanzu-java-web-app-00001-deployment-7cb5db665b-hrl4c" is forbidden: violates PodSecurity "restricted:latest": allowPrivilegeEscalation != false (containers "prepare", "place-scripts", "step-main" must set securityContext.allowPrivilegeEscalation=false)',
      'kubernetes',
      'Forbidden',
    ],
    [
      'Error from server (Forbidden): pods "debug" is forbidden: violates PodSecurity "baseline:latest": privileged (container "debug" must not set securityContext.privileged=true), host namespaces (hostNetwork=true, hostPID=true)',
      'kubernetes',
      'Forbidden',
    ],
    [
      'Error from server (Forbidden): pods is forbidden: User "system:serviceaccount:ci:deployer" cannot list resource "pods" in API group "" in the namespace "prod"',
      'kubernetes',
      'Forbidden',
    ],
    [
      'Error from server (Forbidden): deployments.apps "web" is forbidden: User "alice" cannot patch resource "deployments" in API group "apps" in the namespace "default"',
      'kubernetes',
      'Forbidden',
    ],
    [
      'Error from server (Forbidden): nodes is forbidden: User "system:anonymous" cannot list resource "nodes" in API group "" at the cluster scope',
      'kubernetes',
      'Forbidden',
    ],
    [
      'E0615 10:12:33.123456       1 reflector.go:138] pkg/mod/k8s.io/client-go@v0.21.0/tools/cache/reflector.go:167: Failed to watch *v1.Secret: failed to list *v1.Secret: secrets is forbidden: User "system:serviceaccount:monitoring:prometheus" cannot list resource "secrets" in API group "" at the cluster scope',
      'kubernetes',
      'Forbidden',
    ],
    [
      'Error from server (Forbidden): pods "web-0" is forbidden: User "dev" cannot create resource "pods/exec" in API group "" in the namespace "default"',
      'kubernetes',
      'Forbidden',
    ],
    [
      'Error from server (Forbidden): clusterroles.rbac.authorization.k8s.io "admin-ext" is forbidden: user "ci" (groups=["system:authenticated"]) is attempting to grant RBAC permissions not currently held:\n{APIGroups:[""], Resources:["secrets"], Verbs:["get" "list"]}',
      'kubernetes',
      'Forbidden',
    ],
    [
      'Error from server (Forbidden): error when creating "role.yaml": roles.rbac.authorization.k8s.io "pod-reader" is forbidden: user "system:serviceaccount:ci:deployer" (groups=["system:serviceaccounts" "system:serviceaccounts:ci" "system:authenticated"]) is attempting to grant RBAC permissions not currently held:',
      'kubernetes',
      'Forbidden',
    ],
    [
      'Error from server (Forbidden): error when creating "deploy.yaml": pods "api" is forbidden: exceeded quota: compute-resources, requested: limits.memory=2Gi, used: limits.memory=7Gi, limited: limits.memory=8Gi',
      'kubernetes',
      'exceeded quota',
    ],
    [
      'Error from server (Forbidden): error when creating "pod.yaml": pods "web" is forbidden: [minimum cpu usage per Container is 100m, but request is 50m, maximum memory usage per Container is 1Gi, but limit is 2Gi]',
      'kubernetes',
      'Forbidden',
    ],
    [
      'Error from server (Forbidden): error when creating "pod.yaml": pods "frontend" is forbidden: maximum cpu usage per Container is 800m, but limit is 1500m',
      'kubernetes',
      'Forbidden',
    ],
    [
      '  Warning  FailedCreate  12s (x14 over 53s)  replicaset-controller  Error creating: pods "web-6f7c-xk2p9" is forbidden: failed quota: team-quota: must specify limits.cpu for: web; limits.memory for: web',
      'kubernetes',
      'FailedCreate',
    ],
    [
      'Warning  FailedCreate  3m  job-controller  Error creating: pods "backup-27830-abcde" is forbidden: exceeded quota: object-counts, requested: pods=1, used: pods=10, limited: pods=10',
      'kubernetes',
      'FailedCreate',
    ],
    [
      'Error from server (Forbidden): error when creating "svc.yaml": services "web" is forbidden: exceeded quota: object-counts, requested: services.loadbalancers=1, used: services.loadbalancers=2, limited: services.loadbalancers=2',
      'kubernetes',
      'exceeded quota',
    ],
    [
      'Error from server (Forbidden): error when creating "pod.yaml": admission webhook "validation.gatekeeper.sh" denied the request: [k8srequiredlabels] you must provide labels: {"owner"}',
      'kubernetes',
      'admission webhook denied the request',
    ],
    [
      'Error from server ([denied by ns-must-have-gk] you must provide labels: {"gatekeeper"}): error when creating "ns.yaml": admission webhook "validation.gatekeeper.sh" denied the request: [denied by ns-must-have-gk] you must provide labels: {"gatekeeper"}',
      'kubernetes',
      'admission webhook denied the request',
    ],
    [
      "Error from server: error when creating \"pod.yaml\": admission webhook \"validate.kyverno.svc-fail\" denied the request: \n\npolicy Pod/default/nginx for resource violation: \n\nrequire-labels:\n  check-for-labels: 'validation error: label ''app.kubernetes.io/name'' is required. rule check-for-labels failed at path /metadata/labels/app.kubernetes.io/name/'",
      'kubernetes',
      'admission webhook denied the request',
    ],
    [
      "Error from server: error when creating \"deploy.yaml\": admission webhook \"validate.kyverno.svc-fail\" denied the request: \n\nresource Deployment/default/web was blocked due to the following policies \n\ndisallow-latest-tag:\n  autogen-validate-image-tag: 'validation error: Using a mutable image tag e.g. ''latest'' is not allowed. rule autogen-validate-image-tag failed at path /spec/template/spec/containers/0/image/'",
      'kubernetes',
      'admission webhook denied the request',
    ],
    [
      'The Pod "nginx" is invalid: spec.containers[0].securityContext.privileged: Forbidden: disallowed by cluster policy',
      'kubernetes',
      'Invalid',
    ],
    [
      'Error from server (Forbidden): error when creating "pod.yaml": pods "web" is forbidden: PodSecurityPolicy: unable to admit pod: [spec.containers[0].securityContext.privileged: Invalid value: true: Privileged containers are not allowed]',
      'kubernetes',
      'Forbidden',
    ],
    [
      "The deployments \"nginx\" is invalid: : ValidatingAdmissionPolicy 'demo-policy.example.com' with binding 'demo-binding-test.example.com' denied request: failed expression: object.spec.replicas <= 5",
      'kubernetes',
      'Invalid',
    ],
    [
      'Error from server (Forbidden): pods "etcd-master" is forbidden: pod does not have "kubernetes.io/config.mirror" annotation, node "worker-1" can only create mirror pods',
      'kubernetes',
      'Forbidden',
    ],
    [
      'Error from server (Forbidden): error when creating "job.yaml": jobs.batch "migrate" is forbidden: error looking up service account ci/builder: serviceaccount "builder" not found',
      'kubernetes',
      'Forbidden',
    ],
    [
      'Error from server (Forbidden): pods "web-0" is forbidden: cannot exec into or attach to a privileged container',
      'kubernetes',
      'Forbidden',
    ],
    [
      '  Warning  FailedScheduling  2m  default-scheduler  0/3 nodes are available: 3 node(s) had volume node affinity conflict. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.',
      'kubernetes',
      'FailedScheduling',
    ],
    [
      '0/4 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/master: }, 3 node(s) had volume node affinity conflict.',
      'kubernetes',
      'FailedScheduling',
    ],
    [
      '  Normal   WaitForFirstConsumer  10s (x3 over 30s)  persistentvolume-controller  waiting for first consumer to be created before binding',
      'kubernetes',
      'FailedScheduling',
    ],
    [
      'Warning  FailedScheduling  45s  default-scheduler  0/1 nodes are available: 1 pod has unbound immediate PersistentVolumeClaims. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.',
      'kubernetes',
      'FailedScheduling',
    ],
    [
      '  Warning  FailedAttachVolume  3m   attachdetach-controller  Multi-Attach error for volume "pvc-0a1b2c3d-1111-2222-3333-444455556666" Volume is already exclusively attached to one node and can\'t be attached to another',
      'kubernetes',
      'FailedAttachVolume',
    ],
    [
      'Warning  FailedAttachVolume  20s (x7 over 1m)  attachdetach-controller  AttachVolume.Attach failed for volume "pvc-4f2b" : rpc error: code = Internal desc = Could not attach volume "vol-0abc123" to node "i-0def456": could not attach volume "vol-0abc123" to node "i-0def456": IncorrectState: vol-0abc123 is not \'available\'.',
      'kubernetes',
      'FailedAttachVolume',
    ],
    [
      '  Warning  FailedMount  2m (x9 over 20m)  kubelet  MountVolume.SetUp failed for volume "config" : configmap "app-config" not found',
      'kubernetes',
      'FailedMount',
    ],
    [
      '  Warning  FailedMount  48s (x23 over 31m)  kubelet  Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[data kube-api-access-7x9zq]: timed out waiting for the condition',
      'kubernetes',
      'FailedMount',
    ],
    [
      '  Warning  FailedMount  5s (x8 over 69s)  kubelet  MountVolume.SetUp failed for volume "pvc-7d1e" : mount failed: exit status 32\nMounting command: mount\nMounting arguments: -t nfs 10.0.0.5:/exports/data /var/lib/kubelet/pods/4b1c/volumes/kubernetes.io~nfs/pvc-7d1e\nOutput: mount: wrong fs type, bad option, bad superblock on 10.0.0.5:/exports/data, missing codepage or helper program, or other error',
      'kubernetes',
      'FailedMount',
    ],
    [
      'MountVolume.MountDevice failed for volume "pvc-1234" : rpc error: code = Internal desc = format of disk "/dev/xvdba" failed: type:("ext4") target:("/var/lib/kubelet/plugins/kubernetes.io/csi/pv/pvc-1234/globalmount")',
      'kubernetes',
      'FailedMount',
    ],
    ['MountVolume.SetUp failed for volume "secret-volume" : secret "db-credentials" not found', 'kubernetes', 'FailedMount'],
    [
      'Warning  FailedMount  3m (x20 over 30m)  kubelet  MountVolume.MountDevice failed for volume "pvc-abc" : kubernetes.io/csi: attacher.MountDevice failed to create newCsiDriverClient: driver name ebs.csi.aws.com not found in the list of registered CSI drivers',
      'kubernetes',
      'FailedMount',
    ],
    [
      "0/5 nodes are available: 2 Insufficient cpu, 3 node(s) didn't match Pod's node affinity/selector. preemption: 0/5 nodes are available: 2 No preemption victims found for incoming pod, 3 Preemption is not helpful for scheduling.",
      'kubernetes',
      'FailedScheduling',
    ],
    [
      '0/3 nodes are available: 3 Too many pods. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.',
      'kubernetes',
      'FailedScheduling',
    ],
    [
      "0/6 nodes are available: 3 node(s) didn't match pod anti-affinity rules, 3 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }.",
      'kubernetes',
      'FailedScheduling',
    ],
    ["0/2 nodes are available: 2 node(s) didn't have free ports for the requested pod ports.", 'kubernetes', 'FailedScheduling'],
    ['0/3 nodes are available: 1 node(s) were unschedulable, 2 Insufficient nvidia.com/gpu.', 'kubernetes', 'FailedScheduling'],
    ["0/3 nodes are available: 3 node(s) didn't match pod topology spread constraints.", 'kubernetes', 'FailedScheduling'],
    ['0/3 nodes are available: 3 node(s) exceed max volume count.', 'kubernetes', 'FailedScheduling'],
    ['running PreBind plugin "VolumeBinding": binding volumes: timed out waiting for the condition', 'kubernetes', 'FailedScheduling'],
    [
      'Warning  FailedScheduling  12s  default-scheduler  running PreFilter plugin "VolumeBinding": %!!(MISSING)w(<nil>)',
      'kubernetes',
      'FailedScheduling',
    ],
    [
      '  Warning  ProvisioningFailed  9s (x3 over 39s)  ebs.csi.aws.com_ebs-csi-controller-6f8c  failed to provision volume with StorageClass "gp3": rpc error: code = Internal desc = Could not create volume "pvc-11": UnauthorizedOperation: You are not authorized to perform this operation.',
      'kubernetes',
      'ProvisioningFailed',
    ],
    [
      '  Warning  ProvisioningFailed  6s  persistentvolume-controller  storageclass.storage.k8s.io "fast" not found',
      'kubernetes',
      'ProvisioningFailed',
    ],
    [
      '  Normal  ExternalProvisioning  3s (x8 over 1m)  persistentvolume-controller  waiting for a volume to be created, either by external provisioner "ebs.csi.aws.com" or manually created by system administrator',
      'kubernetes',
      'ExternalProvisioning',
    ],
    [
      '  Warning  VolumeFailedDelete  1m  ebs.csi.aws.com  rpc error: code = Internal desc = Could not delete volume ID "vol-0abc": VolumeInUse: Volume vol-0abc is currently attached to i-0def',
      'kubernetes',
      'VolumeFailedDelete',
    ],
    ['Multi-Attach error for volume "pvc-0a1b" Volume is already used by pod(s) web-5d8f-abcde', 'kubernetes', 'FailedAttachVolume'],
    [
      'E0512 08:14:55.123456    2345 nestedpendingoperations.go:348] Operation for "{volumeName:kubernetes.io/csi/ebs.csi.aws.com^vol-0abc podName: nodeName:}" failed. No retries permitted until 2023-05-12 08:16:57.123 +0000 UTC m=+1234.5 (durationBeforeRetry 2m2s). Error: MountVolume.MountDevice failed for volume "pvc-0abc" (UniqueName: "kubernetes.io/csi/ebs.csi.aws.com^vol-0abc") pod "web-0" (UID: "1234") : rpc error: code = DeadlineExceeded desc = context deadline exceeded',
      'kubernetes',
      'FailedMount',
    ],
    [
      'MountVolume.SetUp failed for volume "kube-api-access-abcde" : object "default"/"kube-root-ca.crt" not registered',
      'kubernetes',
      'FailedMount',
    ],
    [
      "Warning  FailedScheduling  default-scheduler  0/3 nodes are available: 1 node(s) had taint {node.kubernetes.io/disk-pressure: }, that the pod didn't tolerate, 2 node(s) had taint {node.kubernetes.io/not-ready: }, that the pod didn't tolerate.",
      'kubernetes',
      'FailedScheduling',
    ],
    [
      "  Normal   NotTriggerScaleUp  2m (x30 over 7m)  cluster-autoscaler  pod didn't trigger scale-up: 2 node(s) didn't match Pod's node affinity/selector, 1 max node group size reached",
      'kubernetes',
      'NotTriggerScaleUp',
    ],
    ['  Normal  Preempted  2m  default-scheduler  Preempted by default/high-prio-abc on node node-1', 'kubernetes', 'Preempted'],
    ['error: unknown command "get-pods" for "kubectl"\n\nDid you mean this?\n\tget', 'kubernetes', 'unknown command'],
    [
      'Error: unknown command "instal" for "helm"\n\nDid you mean this?\n\tinstall\n\nRun \'helm --help\' for usage.',
      'kubernetes',
      'unknown command',
    ],
    ['error: no Auth Provider found for name "gcp"', 'kubernetes', 'no Auth Provider found for name'],
    [
      'CRITICAL: ACTION REQUIRED: gke-gcloud-auth-plugin, which is needed for continued use of kubectl, was not found or is not executable. Install gke-gcloud-auth-plugin for use with kubectl by following https://cloud.google.com/blog/products/containers-kubernetes/kubectl-auth-changes-in-gke',
      'kubernetes',
      'credential plugin not found',
    ],
    [
      'Unable to connect to the server: getting credentials: exec: executable aws-iam-authenticator not found\n\nIt looks like you are trying to use a client-go credential plugin that is not installed.',
      'kubernetes',
      'credential plugin not found',
    ],
    ['error: exec plugin: invalid apiVersion "client.authentication.k8s.io/v1alpha1"', 'kubernetes', 'invalid apiVersion'],
    ['$ kubectl top pods\nerror: Metrics API not available', 'kubernetes', 'Metrics API not available'],
    ['error: current-context is not set', 'kubernetes', 'current-context is not set'],
    ['error: the path "deployment.yaml" does not exist', 'kubernetes', 'the path does not exist'],
    [
      "error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'",
      'kubernetes',
      'You must provide one or more resources by argument or filename',
    ],
    [
      'Warning: resource deployments/web is missing the kubectl.kubernetes.io/last-applied-configuration annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.',
      'kubernetes',
      'missing the kubectl.kubernetes.io/last-applied-configuration annotation',
    ],
    [
      'error: the namespace from the provided object "prod" does not match the namespace "default". You must pass \'--namespace=prod\' to perform this operation.',
      'kubernetes',
      'does not match the namespace',
    ],
    [
      "E0105 10:00:00.000000   12345 memcache.go:287] couldn't get resource list for metrics.k8s.io/v1beta1: the server is currently unable to handle the request",
      'kubernetes',
      'ServiceUnavailable',
    ],
    [
      "Error: accumulating resources: accumulation err='accumulating resources from 'deployment.yaml': evalsymlink failure on '/home/me/app/deployment.yaml' : lstat /home/me/app/deployment.yaml: no such file or directory': must build at directory: '/home/me/app/deployment.yaml': file is not directory",
      'kubernetes',
      'accumulating resources',
    ],
    [
      'Error: no matches for Id Deployment.v1.apps/web.[noNs]; failed to find unique target for patch Deployment.v1.apps/web.[noNs]',
      'kubernetes',
      'no matches for Id',
    ],
    [
      'Error: may not add resource with an already registered id: Deployment.v1.apps/web.[noNs]',
      'kubernetes',
      'may not add resource with an already registered id',
    ],
    [
      "Error: unable to find one of 'kustomization.yaml', 'kustomization.yml' or 'Kustomization' in directory '/home/me/app/overlays/prod'",
      'kubernetes',
      "unable to find one of 'kustomization.yaml', 'kustomization.yml' or 'Kustomization'",
    ],
    [
      "Error: accumulating resources: accumulation err='accumulating resources from '../../base/config.yaml': security; file '/home/me/base/config.yaml' is not in or below '/home/me/app/overlays/prod'': must build at directory: not a valid directory: ",
      'kubernetes',
      'accumulating resources',
    ],
    [
      '✗ Kustomization reconciliation failed: kustomization path not found: stat /tmp/kustomization-2830199574/clusters/production: no such file or directory',
      'kubernetes',
      'kustomization path not found',
    ],
    [
      '{"level":"error","ts":"2023-01-04T10:00:00.000Z","logger":"controller.kustomization","msg":"Reconciliation failed after 5m0.1s, next try in 10m0s","name":"apps","namespace":"flux-system","revision":"main/1a2b3c","error":"Health check failed after 5m0.02s: timeout waiting for: [Deployment/default/web status: \'InProgress\']"}',
      'kubernetes',
      'Health check failed',
    ],
    [
      '  Warning  error  2m  helm-controller  Helm install failed: timed out waiting for the condition\n  Warning  error  1m  helm-controller  install retries exhausted',
      'kubernetes',
      'install retries exhausted',
    ],
    [
      "ComparisonError: rpc error: code = Unknown desc = Manifest generation error (cached): `kustomize build .` failed exit status 1: Error: accumulating resources: accumulation err='accumulating resources from 'ingress.yaml': open /tmp/git@github.com_org_repo/ingress.yaml: no such file or directory'",
      'kubernetes',
      'accumulating resources',
    ],
    [
      'ComparisonError: Failed to load target state: failed to generate manifest for source 1 of 1: rpc error: code = Unknown desc = Manifest generation error (cached): helm template . --name-template web --namespace default --kube-version 1.27 --include-crds failed exit status 1: Error: found in Chart.yaml, but missing in charts/ directory: postgresql',
      'kubernetes',
      'missing in charts/ directory',
    ],
    [
      'one or more objects failed to apply, reason: Deployment.apps "web" is invalid: spec.template.spec.containers[0].image: Required value',
      'kubernetes',
      'Invalid',
    ],
    [
      "InvalidSpecError: application repo https://github.com/org/manifests.git is not permitted in project 'team-a'",
      'kubernetes',
      'InvalidSpecError',
    ],
    [
      'ERROR: failed to create cluster: node(s) already exist for a cluster with the name "kind"',
      'kubernetes',
      'node(s) already exist for a cluster with the name',
    ],
    [
      'Creating cluster "kind" ...\n ✓ Ensuring node image (kindest/node:v1.27.3) 🖼\n ✗ Preparing nodes 📦\nERROR: failed to create cluster: could not find a log line that matches "Reached target .*Multi-User System.*|detected cgroup v1"',
      'kubernetes',
      'could not find a log line that matches',
    ],
    [
      'ERROR: failed to create cluster: failed to join node with kubeadm: command "docker exec --privileged kind-worker kubeadm join --config /kind/kubeadm.conf --skip-phases=preflight --v=6" failed with error: exit status 1',
      'kubernetes',
      'failed to join node with kubeadm',
    ],
    [
      '❌  Exiting due to RSRC_INSUFFICIENT_CORES: Requested cpu count 2 is greater than the available cpus of 1',
      'kubernetes',
      'RSRC_INSUFFICIENT_CORES',
    ],
    [
      'X Exiting due to PROVIDER_DOCKER_NOT_RUNNING: deadline exceeded running "docker version --format -": signal: killed',
      'kubernetes',
      'PROVIDER_DOCKER_NOT_RUNNING',
    ],
    ['microk8s is not running. Use microk8s inspect for a deeper inspection.', 'kubernetes', 'microk8s is not running'],
    [
      "Insufficient permissions to access MicroK8s.\nYou can either try again with sudo or add the user ubuntu to the 'microk8s' group:\n\n    sudo usermod -a -G microk8s ubuntu\n    sudo chown -R ubuntu ~/.kube",
      'kubernetes',
      'Insufficient permissions to access MicroK8s',
    ],
    [
      'upstream connect error or disconnect/reset before headers. reset reason: connection failure, transport failure reason: delayed connect error: 111',
      'kubernetes',
      'upstream connect error or disconnect/reset before headers',
    ],
    [
      '$ curl -v http://my-app.example.com/\n< HTTP/1.1 503 Service Unavailable\n< content-length: 19\n< content-type: text/plain\n< server: istio-envoy\nno healthy upstream',
      'kubernetes',
      'no healthy upstream',
    ],
    ['$ curl http://reviews:9080/\nRBAC: access denied', 'kubernetes', 'RBAC: access denied'],
    [
      "  Warning  FailedBuildModel  32s (x13 over 2m)  ingress  Failed build model due to couldn't auto-discover subnets: unable to resolve at least one subnet (0 match VPC and tags: [kubernetes.io/role/elb])",
      'kubernetes',
      'FailedBuildModel',
    ],
    [
      '  Warning  FailedDeployModel  1m  ingress  Failed deploy model due to AccessDenied: User: arn:aws:sts::123456789012:assumed-role/eks-lb-role/1600000 is not authorized to perform: elasticloadbalancing:CreateLoadBalancer\n\tstatus code: 403, request id: 1a2b3c4d',
      'kubernetes',
      'FailedDeployModel',
    ],
    [
      'I0112 10:11:12.123456       7 store.go:429] "Ignoring ingress because of error while validating ingress class" ingress="default/web" error="ingress does not contain a valid IngressClass"',
      'kubernetes',
      'ingress does not contain a valid IngressClass',
    ],
    [
      "  Reason:      Waiting for HTTP-01 challenge propagation: wrong status code '404', expected '200'\n  State:       pending",
      'kubernetes',
      'Waiting for HTTP-01 challenge propagation',
    ],
    [
      'E0615 12:00:00.000000       1 sync.go:190] cert-manager/challenges "msg"="propagation check failed" "error"="failed to perform self check GET request \'http://example.com/.well-known/acme-challenge/abc\': Get \\"http://example.com/.well-known/acme-challenge/abc\\": dial tcp: lookup example.com on 10.96.0.10:53: no such host" "dnsName"="example.com" "resource_kind"="Challenge" "resource_name"="web-tls-1-2-3" "resource_namespace"="default" "type"="HTTP-01"',
      'kubernetes',
      'propagation check failed',
    ],
    [
      'Accepting challenge authorization failed: acme: authorization error for example.com: 403 urn:ietf:params:acme:error:unauthorized: 1.2.3.4: Invalid response from http://example.com/.well-known/acme-challenge/abc: 404',
      'kubernetes',
      'unauthorized',
    ],
    [
      '  Warning  IssuerNotFound  10s  cert-manager-certificaterequests-issuer-acme  Referenced "ClusterIssuer" not found: clusterissuer.cert-manager.io "letsencrypt-prod" not found',
      'kubernetes',
      'IssuerNotFound',
    ],
    [
      'Failed to register ACME account: 400 urn:ietf:params:acme:error:invalidEmail: Error creating new account :: contact email "admin@example.com" has forbidden domain "example.com"',
      'kubernetes',
      'invalidEmail',
    ],
    [
      'Jun 01 10:00:00 node1 kubelet[1234]: E0601 10:00:00.123456    1234 pod_workers.go:1298] "Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"web\\" with CrashLoopBackOff: \\"back-off 5m0s restarting failed container=web pod=web-0_default(6f1c7d2e-1111-2222-3333-444455556666)\\"" pod="default/web-0" podUID=6f1c7d2e-1111-2222-3333-444455556666',
      'kubernetes',
      'CrashLoopBackOff',
    ],
    [
      'E0601 10:00:00.123456       1 garbagecollector.go:245] failed to discover some groups: map[metrics.k8s.io/v1beta1:the server is currently unable to handle the request]',
      'kubernetes',
      'ServiceUnavailable',
    ],
    [
      "E0601 10:00:00.123456       1 memcache.go:255] couldn't get resource list for custom.metrics.k8s.io/v1beta1: the server is currently unable to handle the request",
      'kubernetes',
      'ServiceUnavailable',
    ],
    [
      'Error: INSTALLATION FAILED: Unable to continue with install: ServiceAccount "web" in namespace "default" exists and cannot be imported into the current release: invalid ownership metadata; label validation error: missing key "app.kubernetes.io/managed-by": must be set to "Helm"; annotation validation error: missing key "meta.helm.sh/release-name": must be set to "web"',
      'kubernetes',
      'resource already exists',
    ],
    [
      'Error: UPGRADE FAILED: cannot patch "web" with kind Deployment: Deployment.apps "web" is invalid: spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{"app":"web"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: field is immutable',
      'kubernetes',
      'field is immutable',
    ],
    [
      'Error: INSTALLATION FAILED: unable to build kubernetes objects from release manifest: resource mapping not found for name: "web" namespace: "" from "": no matches for kind "Ingress" in version "extensions/v1beta1"\nensure CRDs are installed first',
      'kubernetes',
      'no matches for kind',
    ],
    [
      'Error: YAML parse error on web/templates/deployment.yaml: error converting YAML to JSON: yaml: line 23: did not find expected key',
      'kubernetes',
      'error converting YAML to JSON',
    ],
    [
      'Error: INSTALLATION FAILED: Kubernetes cluster unreachable: the server has asked for the client to provide credentials',
      'kubernetes',
      'Unauthorized',
    ],
    [
      'Error: Kubernetes cluster unreachable: Get "http://localhost:8080/version": dial tcp [::1]:8080: connect: connection refused',
      'kubernetes',
      'connection refused',
    ],
    [
      'Error: INSTALLATION FAILED: chart "postgresql" matching 99.0.0 not found in bitnami index. (try \'helm repo update\'): no chart version found for postgresql-99.0.0',
      'kubernetes',
      'not found in index',
    ],
    [
      'Error: INSTALLATION FAILED: create: failed to create: Secret "sh.helm.release.v1.web.v1" is invalid: data: Too long: must have at most 1048576 bytes',
      'kubernetes',
      'Invalid',
    ],
    [
      'Error: looks like "https://charts.example.com" is not a valid chart repository or cannot be reached: failed to fetch https://charts.example.com/index.yaml : 404 Not Found',
      'kubernetes',
      'is not a valid chart repository or cannot be reached',
    ],
    [
      'Jun 01 10:00:00 node1 kubelet[1234]: E0601 10:00:00.123456    1234 remote_image.go:180] "PullImage from image service failed" err="rpc error: code = NotFound desc = failed to pull and unpack image \\"docker.io/library/ngnix:latest\\": failed to resolve reference \\"docker.io/library/ngnix:latest\\": docker.io/library/ngnix:latest: not found" image="ngnix:latest"',
      'kubernetes',
      'ErrImagePull',
    ],
    ['    Last State:     Terminated\n      Reason:       OOMKilled\n      Exit Code:    137', 'kubernetes', 'OOMKilled'],
    ['    State:          Terminated\n      Reason:       Error\n      Exit Code:    1', 'kubernetes', 'Error'],
    [
      '  Warning  FailedKillPod  3m  kubelet  error killing pod: failed to "KillPodSandbox" for "6f1c" with KillPodSandboxError: "rpc error: code = Unknown desc = networkPlugin cni failed to teardown pod \\"web-0_default\\" network: error getting ClusterInformation: connection is unauthorized: Unauthorized"',
      'kubernetes',
      'FailedKillPod',
    ],
    ['  Warning  NodeNotReady  3m  node-controller  Node is not ready', 'kubernetes', 'NodeNotReady'],
    [
      '  Warning  Unhealthy  12s (x3 over 32s)  kubelet  Readiness probe failed: Get "http://10.244.1.5:8080/healthz": dial tcp 10.244.1.5:8080: connect: connection refused',
      'kubernetes',
      'Unhealthy',
    ],
    [
      '  Warning  Unhealthy  8s (x60 over 10m)  kubelet  Readiness probe failed: HTTP probe failed with statuscode: 503',
      'kubernetes',
      'Unhealthy',
    ],
    [
      '  Warning  BackOff  2m (x25 over 7m)  kubelet  Back-off restarting failed container web in pod web-0_default(6f1c)',
      'kubernetes',
      'CrashLoopBackOff',
    ],
    [
      "Warning  FailedScheduling  2m  default-scheduler  0/3 nodes are available: 3 node(s) didn't match PersistentVolume's node affinity.",
      'kubernetes',
      'FailedScheduling',
    ],
    [
      'Error from server (Forbidden): pods "web-0" is forbidden: User "system:serviceaccount:ci:runner" cannot get resource "pods/log" in API group "" in the namespace "prod"',
      'kubernetes',
      'Forbidden',
    ],
    ['Error from server (Forbidden): namespaces "prod" is forbidden: this namespace may not be deleted', 'kubernetes', 'Forbidden'],
    [
      'Error from server (Forbidden): error when creating "ingress.yaml": ingresses.networking.k8s.io "web" is forbidden: User "dev" cannot create resource "ingresses" in API group "networking.k8s.io" in the namespace "prod"',
      'kubernetes',
      'Forbidden',
    ],
    ['Error from server (Forbidden): nodes "node1" is forbidden: node "node2" is not allowed to modify node "node1"', 'kubernetes', 'Forbidden'],
    [
      'Error from server (TooManyRequests): error when evicting pods/"web-0" -n "default" (will retry after 5s): Cannot evict pod as it would violate the pod\'s disruption budget.',
      'kubernetes',
      'Cannot evict pod',
    ],
    [
      '2023-05-01T10:00:00.000Z\tINFO\tWarning: would violate PodSecurity "restricted:latest": runAsNonRoot != true (pod or container "app" must set securityContext.runAsNonRoot=true)',
      'kubernetes',
      'would violate PodSecurity',
    ],
    [
      'LAST SEEN   TYPE      REASON         OBJECT                       MESSAGE\n2m          Warning   FailedCreate   replicaset/web-7d9f8b6c5d    Error creating: pods "web-7d9f8b6c5d-x2k4q" is forbidden: violates PodSecurity "restricted:latest": seccompProfile (pod or container "web" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost")',
      'kubernetes',
      'FailedCreate',
    ],
    [
      '│ Error: pods "web" is forbidden: violates PodSecurity "baseline:v1.28": hostPath volumes (volume "data")\n│ \n│   with kubernetes_pod.web,\n│   on main.tf line 1, in resource "kubernetes_pod" "web":',
      'kubernetes',
      'Forbidden',
    ],
    [
      'Jun 01 10:00:00 node1 kubelet[1234]: E0601 10:00:00.123456    1234 pod_workers.go:1298] "Error syncing pod, skipping" err="unmounted volumes=[data], unattached volumes=[data kube-api-access-abcde]: timed out waiting for the condition" pod="default/web-0"',
      'kubernetes',
      'FailedMount',
    ],
    [
      'Jun 01 10:00:00 node1 kubelet[1234]: E0601 10:00:00.123456    1234 nestedpendingoperations.go:348] Operation for "{volumeName:kubernetes.io/secret/6f1c-cfg podName:6f1c nodeName:}" failed. No retries permitted until 2023-06-01 10:00:02 (durationBeforeRetry 2s). Error: MountVolume.SetUp failed for volume "cfg" (UniqueName: "kubernetes.io/secret/6f1c-cfg") pod "web-0" (UID: "6f1c") : secret "web-config" not found',
      'kubernetes',
      'FailedMount',
    ],
    [
      'E0601 10:00:00.123456       1 attacher.go:...] AttachVolume.Attach failed for volume "pvc-abc" : rpc error: code = DeadlineExceeded desc = context deadline exceeded',
      'kubernetes',
      'FailedAttachVolume',
    ],
    [
      '+ kustomize build overlays/prod\nError: no resource matches strategic merge patch "Deployment.v1.apps/api.[noNs]": no matches for Id Deployment.v1.apps/api.[noNs]; failed to find unique target for patch Deployment.v1.apps/api.[noNs]\nError: Process completed with exit code 1.',
      'kubernetes',
      'no matches for Id',
    ],
    [
      "Error: accumulating resources: accumulation err='accumulating resources from '../../base': '/home/runner/work/app/base' must resolve to a file': recursed accumulation of path '/home/runner/work/app/base': may not add resource with an already registered id: Service.v1.[noGrp]/web.[noNs]",
      'kubernetes',
      'accumulating resources',
    ],
    [
      '{"level":"error","ts":"2023-01-04T10:00:00.000Z","msg":"Reconciliation failed after 1.2s, next try in 10m0s","controller":"kustomization","name":"apps","namespace":"flux-system","error":"kustomization path not found: stat /tmp/kustomization-123/./clusters/prod/apps: no such file or directory"}',
      'kubernetes',
      'kustomization path not found',
    ],
    [
      'NAME    \tREVISION\tSUSPENDED\tREADY\tMESSAGE\npodinfo \t        \tFalse    \tFalse\tupgrade retries exhausted',
      'kubernetes',
      'upgrade retries exhausted',
    ],
    [
      "✗ GitRepository reconciliation failed: 'failed to checkout and determine revision: unable to clone 'ssh://git@github.com/org/fleet': ssh: handshake failed: knownhosts: key mismatch'",
      'kubernetes',
      'failed to checkout and determine revision',
    ],
    [
      "flux-system\tapps\tmain@sha1:1a2b3c\tFalse\tFalse\tHealth check failed after 5m0.03s: timeout waiting for: [Deployment/podinfo/podinfo status: 'InProgress']",
      'kubernetes',
      'Health check failed',
    ],
    [
      'time="2023-05-01T10:00:00Z" level=fatal msg="rpc error: code = InvalidArgument desc = application spec for web is invalid: InvalidSpecError: application destination {https://kubernetes.default.svc prod} is not permitted in project \'team-a\'"',
      'kubernetes',
      'InvalidSpecError',
    ],
    [
      'FATA[0000] rpc error: code = PermissionDenied desc = permission denied: applications, sync, default/web, sub: ci-bot, iat: 2023-05-01T10:00:00Z',
      'kubernetes',
      'PermissionDenied',
    ],
    [
      'HTTP/1.1 503 Service Unavailable\ncontent-length: 145\ncontent-type: text/plain\nserver: envoy\n\nupstream connect error or disconnect/reset before headers. retried and the latest reset reason: remote connection failure, transport failure reason: TLS_error:|268435581:SSL routines:OPENSSL_internal:CERTIFICATE_VERIFY_FAILED',
      'kubernetes',
      'upstream connect error or disconnect/reset before headers',
    ],
    [
      'Status:\n  Presented:   true\n  Processing:  true\n  Reason:      Waiting for DNS-01 challenge propagation: DNS record for "example.com" not yet propagated\n  State:       pending',
      'kubernetes',
      'Waiting for DNS-01 challenge propagation',
    ],
    [
      '  Warning  PresentError  2m (x5 over 8m)  cert-manager-challenges  Error presenting challenge: error getting cloudflare secret: secret "cloudflare-api-token" not found',
      'kubernetes',
      'Error presenting challenge',
    ],
    [
      '  Warning  Failed  1m  cert-manager-certificates-issuing  The certificate request has failed to complete and will be retried: Failed to wait for order resource "web-tls-1-123" to become ready: order is in "invalid" state:',
      'kubernetes',
      'order is in "invalid" state',
    ],
    ['$ kubectl neat get pod web -o yaml\nerror: unknown command "neat" for "kubectl"', 'kubernetes', 'unknown command'],
    ['PS C:\\> kubectl top nodes\nerror: Metrics API not available', 'kubernetes', 'Metrics API not available'],
    [
      'error: The gcp auth plugin has been removed.\nPlease use the "gke-gcloud-auth-plugin" kubectl/client-go credential plugin instead.\nSee https://cloud.google.com/blog/products/containers-kubernetes/kubectl-auth-changes-in-gke for further details',
      'kubernetes',
      'The gcp auth plugin has been removed',
    ],
    [
      "FATA[0000] Failed to create cluster 'dev' because a cluster with that name already exists",
      'kubernetes',
      'a cluster with that name already exists',
    ],
    ['ERROR: image: "myapp:dev" not present locally', 'kubernetes', 'not present locally'],
  ] as const)('%s', (message, language, errorType) => {
    expectRecognised(message, language, errorType);
  });

  it('names what the message captured in its fixes', () => {
    expect(
      fixText(
        'Error from server (Forbidden): pods "debug" is forbidden: violates PodSecurity "baseline:latest": privileged (container "debug" must not set securityContext.privileged=true)',
      ),
    ).toMatch(/baseline:latest[\s\S]*privileged: false|privileged: false[\s\S]*debug/);
    expect(fixText('Multi-Attach error for volume "pvc-0a1b" Volume is already used by pod(s) web-5d8f-abcde')).toContain('pvc-0a1b');
    expect(
      fixText('Error: no matches for Id Deployment.v1.apps/web.[noNs]; failed to find unique target for patch Deployment.v1.apps/web.[noNs]'),
    ).toContain('Deployment.v1.apps/web.[noNs]');
    expect(fixText('error: unknown command "get-pods" for "kubectl"\n\nDid you mean this?\n\tget')).toContain('kubectl krew install get-pods');
    expect(fixText("Failed to create cluster 'dev' because a cluster with that name already exists")).toContain('k3d cluster delete dev');
    expect(fixText('Referenced "ClusterIssuer" not found: clusterissuer.cert-manager.io "letsencrypt-prod" not found')).toContain(
      'letsencrypt-prod',
    );
  });
});

/**
 * A ninth catalog pass over the Kubernetes family, from the kubelet's journal, kubectl's credential plugins, Helm 2,
 * Pulumi, Ansible and the Java client: an exec plugin returning another client.authentication.k8s.io version, RBAC
 * refusals with escaped quotes, the API server's Status body, the network error under Pulumi's schema download,
 * lifecycle hook rows, the kubelet's garbage collection, CreateContainerError and sandbox failures in its log, old
 * kubectl's AlreadyExists and "Exceeded quota", deprecation warnings, kubelogin's flags, a describe's Terminating
 * status. Real texts as pasted; the guards were already right and must stay so. Pure: the rules engine alone.
 */
import { expectRecognised, fixText } from './support/recognised';

describe("the Kubernetes family's ninth catalog pass", () => {
  it.each([
    [
      'Unable to connect to the server: getting credentials: exec plugin is configured to use API version client.authentication.k8s.io/v1beta1, plugin returned version client.authentication.k8s.io/v1alpha1',
      'kubernetes',
      'invalid apiVersion',
    ],
    [
      'pods is forbidden: User \\"system:serviceaccount:default:default\\" cannot list pods at the cluster scope: Unknown user \\"system:serviceaccount:default:default\\"',
      'kubernetes',
      'Forbidden',
    ],
    [
      'Diagnostics:\n  kubernetes:core:Service (test):\n    error: unable to load schema information from the API server: Get https://35.227.186.103/openapi/v2?timeout=32s: net/http: TLS handshake timeout',
      'kubernetes',
      'TLS handshake timeout',
    ],
    [
      'FailedPostStartHook  Exec lifecycle hook ([/bin/sh -c cp -r conf/* ./ mount -t cifs xxxxx mount -t cifs xxxxx mount -t cifs xxxx ]) for Container "base" in Pod "xxxxxv1cxularxor5changehive.6c92a7cc6af042bb9476312462538f5e_test(617f30ff-da04-42c3-9251-2ca26b918e4c)" failed - error: command \'/bin/sh -c cp -r conf/* ./ mount -t cifs xxxx  mount -t cifs xxxx mount -t cifs xxxx \' exited with 137: , message: ""',
      'kubernetes',
      'FailedPostStartHook',
    ],
    [
      'Jul 13 14:45:25 origin-ci-ig-n-khlp.c.openshift-gce-devel.internal origin-node[5119]: E0713 14:45:25.353673    5119 kubelet.go:1146] Image garbage collection failed: wanted to free 6607811379, but freed 7438123270 space with errors in image deletion: [Error response from daemon: {"message":"conflict: unable to delete 8427ca8443f7 (cannot be forced) - image has dependent child images"}, Error response from daemon: {"message":"conflict: unable to delete a8493f5f50ff (must be forced) - image is being used by stopped container 8921d7846ede"}]',
      'kubernetes',
      'ImageGCFailed',
    ],
    [
      'sept. 20 16:49:28 erebos kubelet[8665]: E0920 16:49:28.687652    8665 remote_runtime.go:187] CreateContainer in sandbox "f09ac71b68bbe331c74f50786f22e164818997d0169d664188be130da3d40c06" from runtime service failed: rpc error: code = DeadlineExceeded desc = context deadline exceeded\nsept. 20 16:49:29 erebos kubelet[8665]: E0920 16:49:29.093065    8665 kuberuntime_manager.go:703] init container start failed: CreateContainerError: context deadline exceeded\nsept. 20 16:49:29 erebos kubelet[8665]: E0920 16:49:29.093166    8665 pod_workers.go:186] Error syncing pod 324f1077-bcd5-11e8-9974-0026b97567f5 ("streaming-server11-b8458ff7c-25zrv_default(324f1077-bcd5-11e8-9974-0026b97567f5)"), skipping: failed to "StartContainer" for "streaming-dataset" with CreateContainerError: "context deadline exceeded"',
      'kubernetes',
      'CreateContainerError',
    ],
    [
      'May 27 17:03:52 k3s-node02.lab k3s[6528]: E0527 17:03:52.178685    6528 remote_runtime.go:109] RunPodSandbox from runtime service failed: rpc error: code = DeadlineExceeded desc = context deadline exceeded\nMay 27 17:03:52 k3s-node02.lab k3s[6528]: E0527 17:03:52.178763    6528 kuberuntime_sandbox.go:68] CreatePodSandbox for pod "svclb-traefik-phpd2_kube-system(964d3950-807d-11e9-9350-000c29eea077)" failed: rpc error: code = DeadlineExceeded desc = context deadline exceeded\nMay 27 17:03:52 k3s-node02.lab k3s[6528]: E0527 17:03:52.178886    6528 pod_workers.go:190] Error syncing pod 964d3950-807d-11e9-9350-000c29eea077 ("svclb-traefik-phpd2_kube-system(964d3950-807d-11e9-9350-000c29eea077)"), skipping: failed to "CreatePodSandbox" for "svclb-traefik-phpd2_kube-system(964d3950-807d-11e9-9350-000c29eea077)" with CreatePodSandboxError',
      'kubernetes',
      'FailedCreatePodSandBox',
    ],
    ['error: no kind "Deployment" is registered for version "apps/v1beta1"', 'kubernetes', 'no kind is registered for version'],
    [
      'W0714 11:03:34.634539 1922149 warnings.go:70] policy/v1beta1 PodSecurityPolicy is deprecated in v1.21+, unavailable in v1.25+',
      'kubernetes',
      'is deprecated',
    ],
    [
      'Install KubeBlocks 0.1.0\n⣯  Install kubeblocks/kubeblocksW1110 16:16:09.704260   42151 warnings.go:70] policy/v1beta1 PodSecurityPolicy is deprecated in v1.21+, unavailable in v1.25+\n⡿  Install kubeblocks/kubeblocksW1110 16:16:10.220702   42151 warnings.go:70] policy/v1beta1 PodSecurityPolicy is deprecated in v1.21+, unavailable in v1.25+',
      'kubernetes',
      'is deprecated',
    ],
    [
      'error installing: Get https://192.168.99.100:8443/api: dial tcp 192.168.99.100:8443: getsockopt: connection refused',
      'kubernetes',
      'connection refused',
    ],
    [
      'PS D:\\Users\\leove> helm install stable/voyager --name my-release --set cloudProvider=$provider\nError: Get http://localhost:8080/version: dial tcp [::1]:8080: connect: connection refused',
      'kubernetes',
      'connection refused',
    ],
    [
      'error: unknown flag: --environmentE0612 17:23:00.118368 18704 proxy_server.go:147] Error while proxying request: getting credentials: exec: executable kubelogin failed with exit code 1getting credentials: exec: executable kubelogin failed with exit code 1error: unknown flag: --environment',
      'kubernetes',
      'unknown flag',
    ],
    ["kubelogin convert-kubeconfig -l azurecli\nerror: unknown shorthand flag: 'l' in -l", 'kubernetes', 'unknown shorthand flag'],
    [
      'fatal: [kube-master-2]: FAILED! => {"changed": false, "failed": true, "msg": "error running kubectl (/opt/bin/kubectl --namespace=kube-system create --filename=/etc/kubernetes/addons/skydns-rc.yaml) command (rc=1): Error from server: error when creating \\"/etc/kubernetes/addons/skydns-rc.yaml\\": replicationcontrollers \\"kube-dns-v11\\" already exists\\n"}',
      'kubernetes',
      'AlreadyExists',
    ],
    [
      'Exception occured while Creating the Apache ConfigMap\tio.kubernetes.client.ApiException: Conflict\n\n{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"configmaps \\"nifi-apache-configmap-opnfv06\\" already exists","reason":"AlreadyExists","details":{"name":"nifi-apache-configmap-opnfv06","kind":"configmaps"},"code":409}',
      'java',
      'ApiException',
    ],
    [
      'msg: error running kubectl (/bin/kubectl --api-version=v1 create --filename=/etc/kubernetes/manifests/kube-system.yaml) command (rc=1): Error from server: error when creating "/etc/kubernetes/manifests/kube-system.yaml": namespaces "kube-system" already exists',
      'kubernetes',
      'AlreadyExists',
    ],
    [
      'Status:                    Terminating (expires Fri, 27 Jul 2018 09:00:35 +0200)\nTermination Grace Period:  0s\nIP:                        \nControlled By:             ReplicaSet/triggerpipeline-3737304981',
      'kubernetes',
      'Terminating',
    ],
    [
      '{\n  "kind": "Status",\n  "apiVersion": "v1",\n  "metadata": {\n\n  },\n  "status": "Failure",\n  "message": "Unauthorized",\n  "reason": "Unauthorized",\n  "code": 401',
      'kubernetes',
      'Unauthorized',
    ],
    [
      'version 41: replicationcontrollers "app-41" is forbidden: Exceeded quota: object-counts, requested: replicationcontrollers=1, used: replicationcontrollers=20, limited: replicationcontrollers=20\n version 42: replicationcontrollers "app-42" is forbidden: Exceeded quota: object-counts, requested: replicationcontrollers=1, used: replicationcontrollers=20, limited: replicationcontrollers=20',
      'kubernetes',
      'exceeded quota',
    ],
  ])('recognises %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });
});

describe('the ninth pass keeps the Kubernetes answers that were already right', () => {
  it.each([
    [
      'Events:\n  FirstSeen        LastSeen          Count  From             SubobjectPath  Reason  Message\n  Sun, 05 Jul 2015 09:47:00 -0400    Sun, 05 Jul 2015 09:47:00 -0400  1 {scheduler }             scheduled      Successfully assigned zookeeper-cluster1-krw60 to ip-172-20-0-57.eu-west-1.compute.internal\n  Sun, 05 Jul 2015 09:47:03 -0400    Sun, 05 Jul 2015 09:49:54 -0400  18    {kubelet ip-172-20-0-57.eu-west-1.compute.internal}    failedMount Unable to mount volumes for pod "zookeeper-cluster1-krw60_default": failed to instantiate volume plugin for (volume.Spec){Name:(string)data VolumeSource:(api.VolumeSource){HostPath:(*api.HostPathVolumeSource)<nil> EmptyDir:(*api.EmptyDirVolumeSource)<nil>',
      'kubernetes',
      'FailedMount',
    ],
    [
      '$ kubectl get po   \nNAME                  READY     STATUS             RESTARTS   AGE\nelasticsearch-attiy   0/1       CrashLoopBackOff   25         1h\nelasticsearch-lkl4i   0/1       CrashLoopBackOff   25         1h\nfrontend-81lqv        1/1       Running            0          1h\nfrontend-ddanc        1/1       Running            0          1h',
      'kubernetes',
      'CrashLoopBackOff',
    ],
    [
      '# kubectl logs -f tls-app-77cf5bf94c-qxphr --namespace kube-system\nError from server (BadRequest): container "tls-app" in pod "tls-app-77cf5bf94c-qxphr" is waiting to start: PodInitializing',
      'kubernetes',
      'BadRequest',
    ],
    [
      'E0709 10:17:27.723595   34196 memcache.go:265] couldn\'t get current server API group list: Get "https://34.x.x.x/api?timeout=32s": getting credentials\n: exec: executable gke-gcloud-auth-plugin not found\n\nIt looks like you are trying to use a client-go credential plugin that is not installed.\n\nTo learn more about this feature, consult the documentation available at:\n      https://kubernetes.io/docs/reference/access-authn-authz/authentication/#client-go-credential-plugins',
      'kubernetes',
      'credential plugin not found',
    ],
    ['kubectl ipick get pods\nFATA[0000] exec plugin: invalid apiVersion "client.authentication.k8s.io/v1"', 'kubernetes', 'invalid apiVersion'],
    [
      '2m57s       Warning   FailedScheduling          pod/keeper-577cccc7db-s4r4v                                                0/1 nodes are available: 1 node(s) had untolerated taint {node.kubernetes.io/unreachable: }. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.\n39h         Normal    SuccessfulCreate          replicaset/keeper-577cccc7db                                               Created pod: keeper-577cccc7db-s4r4v\n39h         Warning   FailedScheduling          pod/keeper-executor-7d5c457795-m542v                                       0/1 nodes are available: 1 node(s) had untolerated taint {node.kubernetes.io/unreachable: }. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.',
      'kubernetes',
      'FailedScheduling',
    ],
    [
      'kubectl get pods\nNAME                                                 READY   STATUS      RESTARTS      AGE\ntax-tribunals-application-base-74464f6b98-2kj6g      0/1     OOMKilled   4 (57s ago)   2m40s',
      'kubernetes',
      'OOMKilled',
    ],
    [
      'Normal   Created         21h                      kubelet  Created container kube-apiserver\n  Normal   Started         21h                      kubelet  Started container kube-apiserver\n  Warning  Unhealthy       21h (x2 over 21h)        kubelet  Liveness probe failed: Get "https://192.168.56.11:6443/livez": dial tcp 192.168.56.11:6443: connect: connection refused\n  Warning  Unhealthy       18h (x9 over 20h)        kubelet  Startup probe failed: HTTP probe failed with statuscode: 500\n  Warning  Unhealthy       18h (x11 over 20h)       kubelet  Startup probe failed: Get "https://192.168.56.11:6443/livez": dial tcp 192.168.56.11:6443: connect: connection refused\n  Warning  Unhealthy       15h (x242 over 21h)      kubelet  Readiness probe failed: HTTP probe failed with statuscode: 500',
      'kubernetes',
      'Unhealthy',
    ],
    [
      'Readiness probe failed: Get http://10.1.0.120:9000/ping: dial tcp 10.1.0.120:9000: connect: connection refused',
      'kubernetes',
      'Readiness probe failed',
    ],
    [
      'root@ubuntu:~# kubectl version\nClient Version: version.Info{Major:"1", Minor:"13", GitVersion:"v1.13.1", GitCommit:"eec55b9ba98609a46fee712359c7b5b365bdd920", GitTreeState:"clean", BuildDate:"2018-12-13T10:39:04Z", GoVersion:"go1.11.2", Compiler:"gc", Platform:"linux/amd64"}\nThe connection to the server localhost:8080 was refused - did you specify the right host or port?',
      'kubernetes',
      'connection refused',
    ],
    [
      'HTTP response body: {\n  "kind":"Status",\n  "apiVersion":"v1",\n  "metadata":{},\n  "status":"Failure",\n  "message":"pods is forbidden: User \\"system:serviceaccount:gluu:default\\" cannot list resource \\"pods\\" in API group \\"\\" in the namespace \\"gluu\\"",\n  "reason":"Forbidden",\n  "details":{"kind":"pods"},\n  "code":403\n}',
      'kubernetes',
      'Forbidden',
    ],
    [
      'Events:\n  Type     Reason                  Age   From                     Message\n  ----     ------                  ----  ----                     -------\n  Warning  FailedAttachVolume      71s   attachdetach-controller  Multi-Attach error for volume "pvc-7a81d56f-1cf9-11eb-8295-b6961e0a47ed" Volume is already exclusively attached to one node and can\'t be attached to another\n  Normal   SuccessfulAttachVolume  55s   attachdetach-controller  AttachVolume.Attach succeeded for volume "pvc-7a81d56f-1cf9-11eb-8295-b6961e0a47ed"\n  Normal   Pulled                  37s   kubelet, 10.66.4.14      Container image "ccr.ccs.tencentyun.com/qcloud/nginx:1.9" already present on machine',
      'kubernetes',
      'FailedAttachVolume',
    ],
    [
      'Error: UPGRADE FAILED: resource mapping not found for name: "sentry-sentry-postgresql" namespace: "" from "": no matches for kind "Deployment" in version "extensions/v1beta1"\nensure CRDs are installed first',
      'kubernetes',
      'no matches for kind',
    ],
    [
      'kubernetes_namespace.tf-ns: Creating...\nkubernetes_storage_class.tf_efs_sc: Creating...\n╷\n│ Error: the server could not find the requested resource (post namespaces)\n│ \n│   with kubernetes_namespace.tf-ns,\n│   on providers.tf line 9, in resource "kubernetes_namespace" "tf-ns":\n│    9: resource "kubernetes_namespace" "tf-ns" {\n│ \n╵',
      'kubernetes',
      'NotFound',
    ],
    [
      '│ **creating failed** error: configured Kubernetes cluster is unreachable: unable to load schema            │\n│ information from the API server: the server has asked for the client to provide credentials               │\n│ @ updating.......                                                                                         │',
      'kubernetes',
      'Unauthorized',
    ],
    [
      'kubernetes:core/v1:Service redis-replica creating error: configured Kubernetes cluster is unreachable: unable to load Kubernetes client configuration from kubeconfig file: error loading config file "/home/runner/.kube/config": couldn\'t get version/kind; json parse error: json: cannot unmarshal array into Go value of type struct *** APIVersion string "json:\\"apiVersion,omitempty\\""; Kind string "json:\\"kind,omitempty\\"" ***',
      'kubernetes',
      'error loading config file',
    ],
    [
      'Diagnostics:\n  kubernetes:apps/v1:Deployment (fooService):\n    error: configured Kubernetes cluster is unreachable: unable to load Kubernetes client configuration from kubeconfig file: invalid configuration: no configuration has been provided, try setting KUBERNETES_MASTER environment variable\n    If the cluster has been deleted, you can edit the pulumi state to remove this resource',
      'kubernetes',
      'no configuration has been provided',
    ],
    [
      'Failed to compare desired state to live state: failed to perform pre-diff normalization: error building typed results: error creating typedLive: .status: field not declared in schema',
      'kubernetes',
      'ComparisonError',
    ],
  ])('still answers %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });
});

describe('the ninth Kubernetes pass names what the message is about', () => {
  it('checks what the service account refused by RBAC may do', () => {
    expect(
      fixText(
        'pods is forbidden: User \\"system:serviceaccount:default:default\\" cannot list pods at the cluster scope: Unknown user \\"system:serviceaccount:default:default\\"',
      ),
    ).toContain('kubectl auth can-i list pods --as=system:serviceaccount:default:default');
  });

  it('applies the manifest kubectl create refused', () => {
    expect(
      fixText(
        'msg: error running kubectl (/bin/kubectl --api-version=v1 create --filename=/etc/kubernetes/manifests/kube-system.yaml) command (rc=1): Error from server: error when creating "/etc/kubernetes/manifests/kube-system.yaml": namespaces "kube-system" already exists',
      ),
    ).toContain('kubectl apply -f /etc/kubernetes/manifests/kube-system.yaml');
  });

  it('describes the quota that is used up', () => {
    expect(
      fixText(
        ' version 41: replicationcontrollers "app-41" is forbidden: Exceeded quota: object-counts, requested: replicationcontrollers=1, used: replicationcontrollers=20, limited: replicationcontrollers=20',
      ),
    ).toContain('kubectl describe resourcequota object-counts');
  });
});

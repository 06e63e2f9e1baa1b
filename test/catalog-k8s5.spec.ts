/**
 * A fifth catalog pass over the Kubernetes family, from texts the detector used to give to Go, JavaScript or nobody:
 * Karpenter's and cluster-autoscaler's logs, metrics-server's scraper, external-dns refused by Route 53, Terraform's
 * kubernetes provider falling back to localhost, kubeadm join reading its configuration, Helm and Flux timing out, the
 * Prometheus operator's sync errors, OpenShift's oc login, Pulumi's Kubernetes provider, Rancher's cluster agent, and an
 * admission webhook's message wrapped in YAML; with guard rows for the neighbouring messages that keep their answer.
 * Pure: the rules engine alone.
 */
import { expectRecognised, fixText } from './support/recognised';

describe("Kubernetes tools' messages (fifth catalog pass)", () => {
  it.each([
    [
      '{"level":"ERROR","time":"2024-08-04T21:21:43.196Z","logger":"controller","message":"failed launching nodeclaim","commit":"490ef94","controller":"nodeclaim.lifecycle","controllerGroup":"karpenter.sh","controllerKind":"NodeClaim","NodeClaim":{"name":"gpu-g5-4-kpxk7"},"namespace":"","name":"gpu-g5-4-kpxk7","reconcileID":"467c9a9a-8d03-428a-9001-7cd21c7a4661","error":"insufficient capacity, all requested instance types were unavailable during launch"}',
      'kubernetes',
      'InsufficientCapacityError',
    ],
    [
      'creating instance, insufficient capacity, with fleet error(s), ReservationCapacityExceeded: The requested reservation does not have sufficient compatible and available capacity for this request. (aws-error-code=UnfulfillableCapacity, aws-operation-name=CreateFleet, aws-request-id=123, aws-service-name=EC2, aws-status-code=200)',
      'kubernetes',
      'InsufficientCapacityError',
    ],
    [
      'I0702 12:46:14.945401       1 event.go:209] Event(v1.ObjectReference{Kind:"Pod", Namespace:"default", Name:"hello-world-699d84fcc5-7c4pr", UID:"5c8782a9-0d02-4863-abc1-575ff64de782", APIVersion:"v1", ResourceVersion:"99786677", FieldPath:""}): type: \'Normal\' reason: \'NotTriggerScaleUp\' pod didn\'t trigger scale-up (it wouldn\'t fit if a new node is added): 1 max limit reached',
      'kubernetes',
      'NotTriggerScaleUp',
    ],
    [
      'I0910 18:42:33.914842       1 event.go:281] Event(v1.ObjectReference{Kind:"Pod", Namespace:"test", Name:"test-69c4886596-pssfj", UID:"bb1cd249-0fd3-42b9-bc01-f22b0bbafa64", APIVersion:"v1", ResourceVersion:"11897361", FieldPath:""}): type: \'Normal\' reason: \'NotTriggerScaleUp\' pod didn\'t trigger scale-up (it wouldn\'t fit if a new node is added): 1 node(s) didn\'t match node selector',
      'kubernetes',
      'NotTriggerScaleUp',
    ],
    [
      'E0511 21:57:06.607078       1 scraper.go:140] "Failed to scrape node" err="Get \\"https://192.168.203.181:10250/metrics/resource\\": x509: cannot validate certificate for 192.168.203.181 because it doesn\'t contain any IP SANs" node="lke60627-94194-627bc558aaae"',
      'kubernetes',
      "doesn't contain any IP SANs",
    ],
    [
      'E0518 07:12:42.090952       1 server.go:132] unable to fully scrape metrics: [unable to fully scrape metrics from node XXX-02: unable to fetch metrics from node XXX-02: Get "https://IP-02:10250/stats/summary?only_cpu_and_memory=true": x509: cannot validate certificate for IP-02 because it doesn\'t contain any IP SANs]',
      'kubernetes',
      "doesn't contain any IP SANs",
    ],
    [
      "unable to fully scrape metrics from source kubelet_summary:default-ji17: unable to fetch metrics from Kubelet default-ji17 (10.133.247.135): Get https://10.133.247.135:10250/stats/summary?only_cpu_and_memory=true: x509: cannot validate certificate for 10.133.247.135 because it doesn't contain any IP SANs",
      'kubernetes',
      "doesn't contain any IP SANs",
    ],
    [
      'E0610 20:12:15.220770       1 manager.go:111] unable to fully collect metrics: [unable to fully scrape metrics from source kubelet_summary:ip-172-20-38-5.us-west-1.compute.internal: unable to fetch metrics from Kubelet ip-172-20-38-5.us-west-1.compute.internal (ip-172-20-38-5.us-west-1.compute.internal): Get https://ip-172-20-38-5.us-west-1.compute.internal:10250/stats/summary?only_cpu_and_memory=true: x509: certificate signed by unknown authority]',
      'kubernetes',
      'certificate signed by unknown authority',
    ],
    [
      'I0511 21:56:53.747234       1 server.go:187] "Failed probe" probe="metric-storage-ready" err="no metrics to serve"',
      'kubernetes',
      'no metrics to serve',
    ],
    [
      '╷\n│ Error: Post "http://localhost/api/v1/namespaces": dial tcp [::1]:80: connect: connection refused\n│\n│   with module.cert_manager.kubernetes_namespace.cert_manager[0],\n│   on .terraform/modules/cert_manager/main.tf line 1, in resource "kubernetes_namespace" "cert_manager":\n│    1: resource "kubernetes_namespace" "cert_manager" {\n│\n╵',
      'kubernetes',
      'connection refused',
    ],
    [
      'Error: Get "http://localhost/api/v1/namespaces/sqlproxy": dial tcp 127.0.0.1:80: connect: connection refused',
      'kubernetes',
      'connection refused',
    ],
    [
      'Error: Post "http://localhost/api/v1/namespaces/kns/services": dial tcp 127.0.0.1:80: connect: connection refused\n\n  on main.tf line 18, in resource "kubernetes_service" "zookeeper_headless":\n  18: resource "kubernetes_service" "zookeeper_headless" {',
      'kubernetes',
      'connection refused',
    ],
    [
      'time="2024-01-28T09:41:17Z" level=error msg="records retrieval failed: failed to list hosted zones: AccessDenied: User: arn:aws:sts::xxxxxxxxxxxxxx:assumed-role/*****-ExternalDNS/1385464348772260040 is not authorized to perform: route53:ListHostedZones because no identity-based policy allows the route53:ListHostedZones action\\n\\tstatus code: 403, request id: b950a1aa-6e02-4ead-92a7-6a945e5f8ce4"',
      'kubernetes',
      'AccessDenied',
    ],
    [
      'time="2018-01-16T20:39:59Z" level=error msg="AccessDenied: User:  \n    arn:aws:sts::000000000:assumed-role/nodes.k01.k8s.example.net/i-036ca678b407648ce is not \n    authorized to perform: route53:ListHostedZones\n    status code: 403, request id: 6b67bda8-fafd-11e7-bd8c-3ff3072b5c0e"',
      'kubernetes',
      'AccessDenied',
    ],
    [
      'time="2017-06-07T19:01:25Z" level=error msg="AccessDenied: User: arn:aws:sts::ACCCOUNT:assumed-role/sstarcher-worker-dns-role/cb6a49a4-sstarcher-worker-dns-role is not authorized to perform: route53:ListResourceRecordSets on resource: arn:aws:route53:::hostedzone/XXXXXXX\n\tstatus code: 403, request id: b4485da9-4bb3-11e7-84b0-XXXXXXX"',
      'kubernetes',
      'AccessDenied',
    ],
    [
      'message: >-\n        Internal error occurred: failed calling webhook\n        "namespace.sidecar-injector.istio.io": failed to call webhook: Post\n        "https://istiod.istio-system.svc:443/inject?timeout=10s": context\n        deadline exceeded\n      reason: FailedCreate\n      status: \'True\'\n      type: ReplicaFailure',
      'kubernetes',
      'failed calling webhook',
    ],
    [
      '[preflight] Reading configuration from the cluster...\n[preflight] FYI: You can look at this config file with \'kubectl -n kube-system get cm kubeadm-config -o yaml\'\nGet "https://10.10.2.192:6443/api/v1/namespaces/kube-system/configmaps/kubeadm-config?timeout=10s": dial tcp 10.10.2.192:6443: connect: connection refused\nfailed to get config map\nk8s.io/kubernetes/cmd/kubeadm/app/util/config.getInitConfigurationFromCluster\n        k8s.io/kubernetes/cmd/kubeadm/app/util/config/cluster.go:75',
      'kubernetes',
      'connection refused',
    ],
    [
      '$ flux get helmreleases\nNAME            REVISION        SUSPENDED       READY   MESSAGE                         \ntf-controller                   False           False   Helm install failed: context deadline exceeded',
      'kubernetes',
      'context deadline exceeded',
    ],
    ['✗ client rate limiter Wait returned an error: context deadline exceeded', 'kubernetes', 'context deadline exceeded'],
    [
      'Error installing kagent:  Release "kagent" does not exist. Installing it now.\nPulled: ghcr.io/kagent-dev/kagent/helm/kagent:0.1.11\nDigest: sha256:6ffb5764fba80704a20bd5de346379df4b58bbbd55fa4339134cef4562e1ae05\nError: context deadline exceeded',
      'kubernetes',
      'context deadline exceeded',
    ],
    [
      '{"ts":"2026-01-22T12:53:31.810115226Z","level":"error","caller":{"function":"github.com/prometheus-operator/prometheus-operator/pkg/operator.(*ResourceReconciler).processNextReconcileItem","file":"/workspace/pkg/operator/resource_reconciler.go","line":680},"msg":"Unhandled Error","logger":"UnhandledError","err":"sync \\"monitoring/prometheus-operator-prometheus\\" failed: creating statefulset failed: statefulsets.apps \\"prometheus-prometheus-operator-prometheus\\" already exists"}',
      'kubernetes',
      'AlreadyExists',
    ],
    [
      'E0408 06:59:52.048116       1 operator.go:322] Sync "monitoring/monitoring-prometheus-oper-alertmanager" failed: failed to delete StatefulSet to avoid forbidden action: statefulsets.apps "alertmanager-monitoring-prometheus-oper-alertmanager" not found',
      'kubernetes',
      'NotFound',
    ],
    [
      '[root@master ~]# oc login\nerror: x509: certificate signed by unknown authority - verify you have provided the correct host and port and that the server is currently running.\nerror: x509: certificate signed by unknown authority',
      'kubernetes',
      'certificate signed by unknown authority',
    ],
    [
      '$ oc login -u developer -p developer\nerror: x509: certificate signed by unknown authority',
      'kubernetes',
      'certificate signed by unknown authority',
    ],
    [
      '+ kubernetes:core:ServiceAccount alb-aws-alb-ingress-controller creating error: resource default/alb-aws-alb-ingress-controller was not successfully created by the Kubernetes API server : serviceaccounts "alb-aws-alb-ingress-controller" already exists',
      'kubernetes',
      'AlreadyExists',
    ],
    [
      '2019-09-25T18:24:35.0342412Z  +  kubernetes:apps:Deployment staging/auth-cp-microservice creating error: Plan apply failed: resource staging/auth-cp-microservice was not successfully created by the Kubernetes API server : deployments.apps "auth-cp-microservice" already exists',
      'kubernetes',
      'AlreadyExists',
    ],
    [
      'kubernetes:apps:Deployment (kube-system/cluster-autoscaler):\n    error: Plan apply failed: deployments.apps "cluster-autoscaler" already exists',
      'kubernetes',
      'AlreadyExists',
    ],
    [
      'INFO: Environment: CATTLE_ADDRESS=10.42.0.7 CATTLE_CA_CHECKSUM= CATTLE_CLUSTER=true CATTLE_INTERNAL_ADDRESS= CATTLE_K8S_MANAGED=true CATTLE_NODE_NAME=cattle-cluster-agent-f5486c5dd-hs6wq CATTLE_SERVER=https://hyrancher.hytera.com\nINFO: Using resolv.conf: nameserver 10.43.0.10 search cattle-system.svc.cluster.local svc.cluster.local cluster.local options ndots:5\nERROR: https://hyrancher.hytera.com/ping is not accessible (Could not resolve host: hyrancher.hytera.com)',
      'kubernetes',
      'Could not resolve host',
    ],
    [
      'ERROR: https://localhost:20443/ping is not accessible (Failed to connect to localhost port 20443: Connection refused)',
      'kubernetes',
      'connection refused',
    ],
  ])('recognises %j', (error: string, language: string, errorType: string) => {
    expectRecognised(error, language, errorType);
  });

  it.each([
    [
      "Normal   NotTriggerScaleUp  2m (x31 over 7m)  cluster-autoscaler  pod didn't trigger scale-up: 1 max node group size reached",
      'kubernetes',
      'NotTriggerScaleUp',
    ],
    [
      '[cbt]C:\\Users\\TrevorSullivan> kubectl top pod\nError from server (ServiceUnavailable): the server is currently unable to handle the request (get pods.metrics.k8s.io)',
      'kubernetes',
      'ServiceUnavailable',
    ],
    [
      'Error creating: Internal error occurred: failed calling webhook "namespace.sidecar-injector.istio.io": failed to call webhook: Post "https://istiod.istio-system.svc:443/inject?timeout=10s": context deadline exceeded',
      'kubernetes',
      'failed calling webhook',
    ],
    [
      'message: \'Internal error occurred: failed calling webhook "sidecar-injector.istio.io":\n      Post https://istiod.istio-system.svc:443/inject?timeout=30s: net/http: request\n      canceled while waiting for connection (Client.Timeout exceeded while awaiting\n      headers)\'\n    reason: FailedCreate',
      'kubernetes',
      'failed calling webhook',
    ],
    [
      'error execution phase preflight: unable to fetch the kubeadm-config ConfigMap: failed to get config map: Get https://172.17.0.11:6443/api/v1/namespaces/kube-system/configmaps/kubeadm-config: dial tcp 172.17.0.11:6443: connect: no route to host',
      'kubernetes',
      'no route to host',
    ],
    [
      "[preflight] Reading configuration from the cluster...\n[preflight] FYI: You can look at this config file with 'kubectl -n kube-system get cm kubeadm-config -oyaml'\nerror execution phase preflight: unable to fetch the kubeadm-config ConfigMap: failed to get config map: Get https://192.168.0.5:8443/api/v1/namespaces/kube-system/configmaps/kubeadm-config: EOF",
      'kubernetes',
      'preflight check failed',
    ],
    [
      "E0316 10:50:53.825175       5 operator.go:577] Sync \"monitoring/prometheus\" failed: updating statefulset failed: StatefulSet.apps \"prometheus-prometheus\" is invalid: spec: Forbidden: updates to statefulset spec for fields other than 'replicas', 'template', and 'updateStrategy' are forbidden.",
      'kubernetes',
      'Invalid',
    ],
    [
      'E1120 10:33:47.682067       1 operator.go:322] Sync "monitoring/kube-prometheus-kube-prome-alertmanager" failed: synchronizing governing service failed: updating service object failed: Operation cannot be fulfilled on services "alertmanager-operated": the object has been modified; please apply your changes to the latest version and try again',
      'kubernetes',
      'Conflict',
    ],
    [
      'when i input oc status `Unable to connect to the server: x509: certificate signed by unknown authority`',
      'kubernetes',
      'certificate signed by unknown authority',
    ],
    [
      'kubernetes:core:Pod (pod-test):\n    error: Plan apply failed: 2 errors occurred:\n    \t* resource pod-test-33ffnqif was successfully created, but the Kubernetes API server reported that it failed to fully initialize or become live: Resource operation was cancelled for "pod-test-33ffnqif"\n    \t* containers with unready status: [nginx] -- [ErrImagePull] manifest for nginx:1.13-fail not found: manifest unknown',
      'kubernetes',
      'ErrImagePull',
    ],
    ['Error: Get "https://10.0.0.5:6443/api/v1/namespaces": dial tcp 10.0.0.5:6443: connect: connection refused', 'go', 'connection refused'],
    ['dial tcp 127.0.0.1:5432: connect: connection refused', 'go', 'connection refused'],
  ])('keeps the answer of a neighbouring message %j', (error: string, language: string, errorType: string) => {
    expectRecognised(error, language, errorType);
  });

  it('names what the message captured in its fixes', () => {
    expect(
      fixText(
        'I0910 18:42:33.914842       1 event.go:281] Event(v1.ObjectReference{Kind:"Pod", Namespace:"test", Name:"test-69c4886596-pssfj", UID:"bb1cd249-0fd3-42b9-bc01-f22b0bbafa64", APIVersion:"v1", ResourceVersion:"11897361", FieldPath:""}): type: \'Normal\' reason: \'NotTriggerScaleUp\' pod didn\'t trigger scale-up (it wouldn\'t fit if a new node is added): 1 node(s) didn\'t match node selector',
      ),
    ).toContain('test-69c4886596-pssfj');
    expect(
      fixText(
        '[preflight] Reading configuration from the cluster...\n[preflight] FYI: You can look at this config file with \'kubectl -n kube-system get cm kubeadm-config -o yaml\'\nGet "https://10.10.2.192:6443/api/v1/namespaces/kube-system/configmaps/kubeadm-config?timeout=10s": dial tcp 10.10.2.192:6443: connect: connection refused\nfailed to get config map\nk8s.io/kubernetes/cmd/kubeadm/app/util/config.getInitConfigurationFromCluster\n        k8s.io/kubernetes/cmd/kubeadm/app/util/config/cluster.go:75',
      ),
    ).toContain('10.10.2.192:6443');
    expect(
      fixText(
        'INFO: Environment: CATTLE_ADDRESS=10.42.0.7 CATTLE_CA_CHECKSUM= CATTLE_CLUSTER=true CATTLE_INTERNAL_ADDRESS= CATTLE_K8S_MANAGED=true CATTLE_NODE_NAME=cattle-cluster-agent-f5486c5dd-hs6wq CATTLE_SERVER=https://hyrancher.hytera.com\nINFO: Using resolv.conf: nameserver 10.43.0.10 search cattle-system.svc.cluster.local svc.cluster.local cluster.local options ndots:5\nERROR: https://hyrancher.hytera.com/ping is not accessible (Could not resolve host: hyrancher.hytera.com)',
      ),
    ).toContain('hyrancher.hytera.com');
  });
});

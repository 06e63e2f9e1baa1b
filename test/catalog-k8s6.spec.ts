/**
 * A sixth catalog pass over the Kubernetes family: a quota refusal listing several resources, istioctl analyze's
 * messages and istioctl install's waits, Envoy's access log lines, linkerd check, kubeconfigs without a server (kubectl,
 * oc, Terraform), oc login without a server URL, kubeadm join reading kubeadm-config with an unquoted URL, messages
 * broken over lines (RBAC, ingress-nginx's webhook, kubectl's validation), a namespace held by finalizers, Helm's
 * rollback without a revision, the AWS CLI refusing an EKS token, kind's kubeadm init under other tools, kubelogin's
 * unknown command, MicroK8s' capitalised status, a FailedMount row for a missing claim, kustomize v3's patch ids and its
 * builtin plugins' configuration, Helm 2's object outside the release and Helm's stray revision record; with guard rows for the
 * neighbouring messages that keep their answer. Pure: the rules engine alone.
 */
import { answer, expectRecognised, fixText } from './support/recognised';

describe("Kubernetes tools' messages (sixth catalog pass)", () => {
  it.each([
    [
      '(⎈ |cnp-aks-cluster:money-claims)praveenakainos.com@Atrocitus:~/cnp-flux-config$ kubectl apply -f test.yaml -n money-claims\nError from server (Forbidden): error when creating "test.yaml": pods "test-pod" is forbidden: exceeded quota: money-claims-quota, requested: requests.cpu=20,requests.memory=60Gi, used: requests.cpu=32575m,requests.memory=90368Mi, limited: requests.cpu=50,requests.memory=140Gi',
      'kubernetes',
      'exceeded quota',
    ],
    [
      '# osc get nodes --config=!$\nosc get nodes --config=/tmp/admin.kubeconfig\nError in configuration: default cluster has no server defined',
      'kubernetes',
      'default cluster has no server defined',
    ],
    [
      "FYI: You can look at this config file with 'kubectl -n kube-system get cm kubeadm-config -oyaml'\nerror execution phase preflight: unable to fetch the kubeadm-config ConfigMap: failed to get config map: Get https://172.17.0.11:6443/api/v1/namespaces/kube-system/configmaps/kubeadm-config: dial tcp 172.17.0.11:6443: connect: no route to host",
      'kubernetes',
      'no route to host',
    ],
    [
      'microk8s.enable linkerd\nmicrok8s.linkerd check\n[... all good ...]\n√ can query the control plane API\n\nlinkerd-api\n-----------\n× control plane pods are ready\n    The "linkerd-controller-56b66f64df-czlg7" pod\'s "linkerd-proxy" container is not ready\n    see https://linkerd.io/checks/#l5d-api-control-ready for hints',
      'kubernetes',
      'control plane pods are ready',
    ],
    [
      '05:26:38 - MainThread - ocs_ci.utility.utils - WARNING  - Command stderr: W0923 05:26:38.812184   33033 loader.go:221] Config not found: /home/jenkins/current-cluster-dir/openshift-cluster-dir/auth/kubeconfig\n2022-09-23 10:56:39  error: A server URL must be specified',
      'kubernetes',
      'A server URL must be specified',
    ],
    ['Error [IST0106] (VirtualService my-vs.default) Schema validation error: unknown field "matchs"', 'kubernetes', 'IST0106'],
    [
      'Error [IST0106] (VirtualService ratings-bogus-weight-default.default) Schema validation error: percentage 888 is not in range 0..100',
      'kubernetes',
      'IST0106',
    ],
    [
      'Warning [IST0101] (VirtualService my-app.app) Referenced host not found: "my-app.app.svc.cluster.local"\nError [IST0104] (Gateway my-gateway.istio-system) Referenced credential not found: "my-tls-cert"\nInfo [IST0102] (Namespace app) The namespace is not enabled for Istio injection',
      'kubernetes',
      'IST0104',
    ],
    [
      'istioctl analyze -n istioinaction\nError [IST0101] (Gateway web-api-gateway.istioinaction) Referenced credentialName not found: "istioinaction-cert"\nError: Analyzers found issues when analyzing namespace: istioinaction.\nSee https://istio.io/v1.8/docs/reference/config/analysis for more information about causes and resolutions.',
      'kubernetes',
      'IST0101',
    ],
    [
      'istioctl analyze -n starfleet\nError [IST0101] (VirtualService starfleet/bridge) Referenced host not found: "bridges"',
      'kubernetes',
      'IST0101',
    ],
    [
      'Error [IST0101] (VirtualService analyze-demo/notification) Referenced gateway not found: "missing-gateway"\nError [IST0101] (VirtualService analyze-demo/notification) Referenced host+subset in destinationrule not found: "notification-service+v3"',
      'kubernetes',
      'IST0101',
    ],
    ['Error [IST0101] (Gateway starfleet/starfleet-gateway) Referenced selector not found: "istio=ingressgateway"', 'kubernetes', 'IST0101'],
    [
      'Error [IST0173] (DestinationRule default/ratings) The Subset v2-mysql\ndefined in the DestinationRule does not select any pods. Which may lead\nto 503 UH (NoHealthyUpstream).',
      'kubernetes',
      'IST0173',
    ],
    [
      'Error from server (BadRequest): error when creating "ingress-ok.yaml": admission webhook\n"validate.nginx.ingress.kubernetes.io" denied the request: host "signin.acmecorp.com" and\npath "/" is already defined in ingress production/ingress-ok',
      'kubernetes',
      'admission webhook denied the request',
    ],
    [
      'Error: serviceaccounts "cert-manager" is forbidden: User "system:serviceaccount:cert-manager:cert-manager"\ncannot create resource "serviceaccounts/token"',
      'kubernetes',
      'Forbidden',
    ],
    [
      '"GET /v1/status HTTP/1.1" 503 UC upstream_reset_before_response_started{connection_termination} - "-" 0 95 0 - "10.90.16.220" "Apache-HttpClient/4.5.1 (Java/1.8.0_372)" "3a7cbcc1-af72-47fb-bbac-a7672951f50f" "health.abc.com" "10.80.47.192:8181" outbound|80||health-api.production.svc.cluster.local 10.80.45.233:37132 10.80.45.233:80 10.80.46.220:59375 - -',
      'kubernetes',
      'UC',
    ],
    [
      '[2026-08-08T12:34:56.789Z] "GET /status/200 HTTP/1.1" 503 UC\nupstream_reset_before_response_started{connection_termination} - "-"\n0 95 4 - "-" "curl/8.5.0" "b2c3d4e5-..." "httpbin:8000" "10.244.0.15:80"\noutbound|8000||httpbin.default.svc.cluster.local 10.244.0.20:41234',
      'kubernetes',
      'UC',
    ],
    [
      '{"start_time":"2026-09-30T11:05:12.004Z","response_flags":"UF","response_code_details":"upstream_reset_before_response_started{connection_timeout}","upstream_failure":null,"upstream_host":"10.244.1.23:80","duration_ms":10001,"request_id":"3f0c1c8e-..."}',
      'kubernetes',
      'UF',
    ],
    [
      '{"path":"/health_check","connection_termination_details":null,"protocol":"HTTP/1.1","response_code":503,"upstream_service_time":null,"downstream_remote_address":"10.118.227.181:37238","duration":30047,"method":"GET","authority":"transaction-limit.backend-dakota-app-01.svc.cluster.local","response_flags":"UF,URX","upstream_host":"10.118.101.48:8080","start_time":"2021-12-24T15:25:05.370Z","request_id":"bbbeaf0c-6644-412b-8ad5-3ad6c26f0a81","user_agent":"curl/7.79.1","downstream_local_address":"172.20.198.177:80","upstream_local_address":null,"upstream_cluster":"outbound|80||abc.backend.svc.cluster.local","upstream_transport_failure_reason":null,"requested_server_name":null,"route_name":"default"}',
      'kubernetes',
      'UF',
    ],
    [
      'linkerd viz check\n        linkerd-viz\n        -----------\n        × linkerd-viz Namespace exists\n            namespace "viz" not found\n            see https://linkerd.io/2.11/checks/#l5d-viz-ns-exists for hints\n\n        Status check results are ×',
      'kubernetes',
      'linkerd-viz Namespace exists',
    ],
    [
      '× trust anchors are within their validity period\n      Invalid anchors:\n  \t* 175662501769834515639873889554883419724 root.linkerd.cluster.local not valid anymore. Expired on 2026-09-12T13:12:22Z\n      see https://linkerd.io/2/checks/#l5d-identity-trustAnchors-are-time-valid for hints\n  ...\n  Status check results are ×\n  [exit 1]',
      'kubernetes',
      'trust anchors are within their validity period',
    ],
    [
      '$ linkerd check\n\nlinkerd-existence\n-----------------\n× \'linkerd-config\' config map exists\n    configmaps "linkerd-config" not found\n    see https://linkerd.io/2/checks/#l5d-existence-linkerd-config for hints\n\nStatus check results are ×',
      'kubernetes',
      "'linkerd-config' config map exists",
    ],
    [
      'PS C:\\Users\\apipi> linkerd check\n\nkubernetes-api\n\n--------------\n\n√ can initialize the client\n\n√ can query the Kubernetes API\n\n\n\nkubernetes-version\n\n------------------\n\n√ is running the minimum Kubernetes API version\n\n\n\nlinkerd-existence\n\n-----------------\n\n× \'linkerd-config\' config map exists\n\n    configmaps "linkerd-config" not found\n\n    see https://linkerd.io/2/checks/#l5d-existence-linkerd-config for hints\n\n\n\nStatus check results are ×',
      'kubernetes',
      "'linkerd-config' config map exists",
    ],
    [
      'Error: Provider configuration: cannot load Kubernetes client config\ninvalid configuration: default cluster has no server defined',
      'kubernetes',
      'default cluster has no server defined',
    ],
    ['Error: invalid provider configuration: default cluster has no server defined', 'kubernetes', 'default cluster has no server defined'],
    [
      '$ linkerd check --proxy -n main --wait 5s --verbose\nkubernetes-api\n--------------\n√ can initialize the client\n√ can query the Kubernetes API\n\nlinkerd-config\n--------------\n√ control plane Namespace exists\n√ control plane ClusterRoles exist\n√ control plane ClusterRoleBindings exist\n√ control plane ServiceAccounts exist\n× control plane CustomResourceDefinitions exist\n    missing egressnetworks.policy.linkerd.io\n    see https://linkerd.io/2/checks/#l5d-existence-crd for hints',
      'kubernetes',
      'control plane CustomResourceDefinitions exist',
    ],
    [
      '‼ data plane is up-to-date\n    Some data plane pods are not running the current version:\n        * elastic-cluster-es-single-0 (18080/linkerd/proxy)\n        * elastic-cluster-es-single-1 (18080/linkerd/proxy)\n        * elastic-operator-0 (18080/linkerd/proxy)',
      'kubernetes',
      'data plane is up-to-date',
    ],
    [
      'error: error validating "ops_manager/opsManager.yml": error validating data: \n[ValidationError(MongoDBOpsManager.spec.applicationDatabase): unknown field "podSpec"\nin com.mongodb.v1.MongoDBOpsManager.spec.applicationDatabase, \nValidationError(MongoDBOpsManager.spec): unknown field "configuration" in \ncom.mongodb.v1.MongoDBOpsManager.spec]; if you choose to ignore these errors, turn \nvalidation off with --validate=false',
      'kubernetes',
      'ValidationError',
    ],
    [
      'NamespaceContentRemaining                    True    Thu, 11 Aug 2022 00:02:46 +0200  SomeResourcesRemain   Some resources are remaining: staticroutes.gateway.kusk.io has 1 resource instances\n  NamespaceFinalizersRemaining                 True    Thu, 11 Aug 2022 00:02:46 +0200  SomeFinalizersRemain  Some content in the namespace has finalizers remaining: kusk.io/finalizer in 1 resource instances',
      'kubernetes',
      'SomeFinalizersRemain',
    ],
    [
      'Error: failed to init node with kubeadm: command "docker exec --privileged horizontal_pod_autoscaler_lab-control-plane kubeadm init --skip-phases=preflight --config=/kind/kubeadm.conf --skip-token-print --v=6" failed with error: exit status 1',
      'kubernetes',
      'failed to init node with kubeadm',
    ],
    [
      'E0819 13:36:27.840442  353646 logs.go:69]  "msg"="Failed to bootstrap." "error"="create kind cluster failed: error creating bootstrap cluster: failed to init node with\nkubeadm: command \\"docker exec --privileged bmctl-control-plane kubeadm init --skip-phases=preflight --config=/kind/kubeadm.conf --skip-token-print --v=6\\" failed with\nerror: exit status 1"',
      'kubernetes',
      'failed to init node with kubeadm',
    ],
    ['error: unknown command "convert-kubeconfig" for "kubelogin"', 'kubernetes', 'unknown command'],
    ['$ helm rollback eloping-cardinal 1\nError: no revision to rollback', 'kubernetes', 'no revision to rollback'],
    [
      '$ kubectl get pods\n\nAn error occurred (AccessDenied) when calling the AssumeRole operation: Roles may not be assumed by root accounts.\n\nAn error occurred (AccessDenied) when calling the AssumeRole operation: Roles may not be assumed by root accounts.\nUnable to connect to the server: getting credentials: exec: executable aws failed with exit code 255',
      'kubernetes',
      'AccessDenied',
    ],
    [
      'runtime.go:221] Failed to watch *v1.RoleBinding: rolebindings.rbac.authorization.k8s.io\n  is forbidden: User "system:serviceaccount:kubeswift-system:controller-manager"\n  cannot list resource "rolebindings" in API group "rbac.authorization.k8s.io"\n  at the cluster scope',
      'kubernetes',
      'Forbidden',
    ],
    ['4. MicroK8s is not running. Use microk8s inspect for a deeper inspection.', 'kubernetes', 'microk8s is not running'],
    [
      'istioctl manifest apply\nThis will install the default Istio profile into the cluster. Proceed? (y/N) y\nDetected that your cluster does not support third party JWT authentication. Falling back to less secure first party JWT. See https://istio.io/docs/ops/best-practices/security/#configure-third-party-service-account-tokens for details.\n✔ Istio core installed\n✘ Istiod encountered an error: failed to wait for resource: resources not ready after 5m0s: timed out waiting for the condition\nDeployment/istio-system/istiod\n✘ Addons encountered an error: failed to wait for resource: resources not ready after 5m0s: timed out waiting for the condition-system/prometheus',
      'kubernetes',
      'timed out waiting for the condition',
    ],
    [
      '[root@111 httpbin]# istioctl manifest apply --set profile=demo\n? Istio core installed\n? Istiod installed\n? Egress gateways encountered an error: failed to wait for resource: resources not ready after 5m0s: timed out waiting for the conditiont/istio-system/istio-ingressgateway, Deployment/istio-system/istio...\nDeployment/istio-system/istio-egressgateway',
      'kubernetes',
      'timed out waiting for the condition',
    ],
    [
      'Warning  FailedMount  MountVolume.SetUp failed for volume "data":\n                        persistentvolumeclaim "nonexistent-dataset" not found\n  Warning  FailedMount  Unable to attach or mount volumes: unmounted\n                        volumes=[data], unattached volumes=[data]:\n                        timed out waiting for the condition',
      'kubernetes',
      'FailedMount',
    ],
    [
      'Error: no matches for OriginalId apps_v1_Deployment|~X|proxima; no matches for CurrentId apps_v1_Deployment|~X|proxima; failed to find unique target for patch apps_v1_Deployment|proxima',
      'kubernetes',
      'no matches for Id',
    ],
    [
      "❯ kustomize build mamba-stable/overlays/canary\nError: trouble configuring builtin PatchStrategicMergeTransformer with config: `\npaths:\n- env_patch.yaml\n- memorylimit_patch.yaml\n- volumes_patch.yaml\n`: evalsymlink failure on '/usr/local/google/home/donnyxia/kustomize_test/issue3317/kustomize/mamba-stable/overlays/canary/env_patch.yaml' : lstat /usr/local/google/home/donnyxia/kustomize_test/issue3317/kustomize/mamba-stable/overlays/canary/env_patch.yaml: no such file or directory",
      'kubernetes',
      'trouble configuring builtin',
    ],
    [
      'COMMAND:\n  kustomize build /tmp/chartify349027569/dev/[...] --output /tmp/chartify349027569/[...]/all.patched.yaml\nOUTPUT:\n  Error: no matches for Id ConfigMap.v1.[noGrp]/[...].[noNs]; failed to find unique target for patch ConfigMap.v1.[noGrp]/[...].[noNs]]',
      'kubernetes',
      'no matches for Id',
    ],
    [
      'kustomize build  overlays/production/\nError: no matches for OriginalId ~G_v1_ConfigMap|~X|demo-configmap; no matches for CurrentId ~G_v1_ConfigMap|~X|demo-configmap; failed to find unique target for patch ~G_v1_ConfigMap|demo-configmap',
      'kubernetes',
      'no matches for Id',
    ],
    [
      'UPGRADE FAILED\nError: kind Service with the name "central-monitoring-prometh-kube-proxy" already exists in the cluster and wasn\'t defined in the previous release. Before upgrading, please either delete the resource from the cluster or remove it from the chart\nError: UPGRADE FAILED: kind Service with the name "central-monitoring-prometh-kube-proxy" already exists in the cluster and wasn\'t defined in the previous release. Before upgrading, please either delete the resource from the cluster or remove it from the chart',
      'kubernetes',
      'resource already exists',
    ],
    [
      'I tried manually manipulating the helm release secret, but a `helm upgrade` just errored out with `Error: UPGRADE FAILED: release: already exists`.',
      'kubernetes',
      'release: already exists',
    ],
    [
      'practices-7854f4cc99-gdmkp istio-proxy [2018-03-19T12:09:25.501Z] "POST /practices.Practices/Get HTTP/2" 404 NR 0 0 0 - "-" "grpc-go/1.9.1" "37195340-e4ba-90e7-b950-bae919a8e817" "practices:80" "-"\npractices-7854f4cc99-gdmkp istio-proxy [2018-03-19T12:09:38.345Z] "POST /practices.Practices/Get HTTP/2" 404 NR 0 0 0 - "-" "grpc-go/1.9.1" "22c72547-1e88-9014-92dd-8d83fd3ba2ae" "practices:80" "-"',
      'kubernetes',
      'NR',
    ],
    [
      '$ kubectl logs -n istio-system istio-ingressgateway-5748f766b9-6w9zm | tail\n{"bytes_sent":"31","upstream_cluster":"-","downstream_remote_address":"100.100.0.0:54652","authority":"loki.example.com","path":"/api/prom/push","protocol":"HTTP/1.1","upstream_service_time":"-","upstream_local_address":"-","duration":"0","downstream_local_address":"100.108.0.25:443","upstream_transport_failure_reason":"-","route_name":"-","response_code":"503","user_agent":"Go-http-client/1.1","response_flags":"UAEX","start_time":"2019-11-19T03:27:35.402Z","method":"POST","request_id":"639632b6-8795-45e9-8435-fb5b07aede5e","upstream_host":"-","x_forwarded_for":"100.100.0.0","requested_server_name":"loki.example.com","bytes_received":"0","istio_policy_status":"\\"UNAVAILABLE:no healthy upstream\\""}',
      'kubernetes',
      'UAEX',
    ],
    [
      'PUT /v2/admin/user/6191ef725cc069dc7e71949z?host=travels.com HTTP/1.1" 404 NR route_not_found - "-" 0 0 0 - "5.195.224.128" "hub-api-my-account-api-proxy/1.0,Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/95.0.4638.69 Safari/537.36" "806d8e1e4e91122988ffd998716fa518" "cross-products-myaccount-api.cross-products.svc.cluster.local" "-" - - 172.20.15.70:80 5.195.224.128:0 - -',
      'kubernetes',
      'NR',
    ],
    [
      "$ istioctl analyze --all-namespaces\nWarning [IST0102] (Namespace default) The namespace is not enabled for Istio injection. Run 'kubectl label namespace default istio-injection=enabled' to enable it, or 'kubectl label namespace default istio-injection=disabled' to explicitly mark it as not needing injection.\nError: Analyzers found issues when analyzing all namespaces.\nSee https://istio.io/v1.8/docs/reference/config/analysis for more information about causes and resolutions.",
      'kubernetes',
      'IST0102',
    ],
  ])('recognises %j', (error: string, language: string, errorType: string) => {
    expectRecognised(error, language, errorType);
  });

  it.each([
    [
      'Error from server (Forbidden): error when creating "deploy.yaml": pods "api-7d9c8b6f5-abcde" is forbidden: exceeded quota: compute-resources, requested: limits.memory=2Gi, used: limits.memory=7Gi, limited: limits.memory=8Gi',
      'kubernetes',
      'exceeded quota',
    ],
    [
      'Error creating: pods "web-6f7c-xk2p9" is forbidden: failed quota: team-quota: must specify limits.cpu for: web; limits.memory for: web',
      'kubernetes',
      'exceeded quota',
    ],
    [
      'Error from server (Forbidden): pods is forbidden: User "system:serviceaccount:test:default" cannot list resource "pods" in API group "" in the namespace "default"',
      'kubernetes',
      'Forbidden',
    ],
    [
      'Error from server (Forbidden): error when creating "pod.yaml": admission webhook "validation.gatekeeper.sh" denied the request: [psp-privileged-container] Privileged container is not allowed: nginx',
      'kubernetes',
      'admission webhook denied the request',
    ],
    [
      'error: error validating "crd.yaml": error validating data: ValidationError(CustomResourceDefinition.spec): unknown field "preserveUnknownFields" in io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceDefinitionSpec; if you choose to ignore these errors, turn validation off with --validate=false',
      'kubernetes',
      'ValidationError',
    ],
    ['error: unknown command "rollout-status" for "kubectl"', 'kubernetes', 'unknown command'],
    ['microk8s is not running, try microk8s start', 'kubernetes', 'microk8s is not running'],
    [
      '[preflight] Running pre-flight checks\nerror execution phase preflight: [preflight] Some fatal errors occurred:\n\t[ERROR Port-6443]: Port 6443 is in use',
      'kubernetes',
      'preflight check failed',
    ],
    [
      'Get "https://10.10.2.192:6443/api/v1/namespaces/kube-system/configmaps/kubeadm-config?timeout=10s": dial tcp 10.10.2.192:6443: connect: connection refused\nfailed to get config map',
      'kubernetes',
      'connection refused',
    ],
    [
      'Warning  FailedScheduling  2m  default-scheduler  0/3 nodes are available: 3 persistentvolumeclaim "data-db-0" not found.',
      'kubernetes',
      'FailedScheduling',
    ],
    [
      'ERROR: failed to create cluster: failed to init node with kubeadm: command "docker exec --privileged kind-control-plane kubeadm init --config=/kind/kubeadm.conf" failed with error: exit status 1',
      'kubernetes',
      'failed to init node with kubeadm',
    ],
    [
      'upstream connect error or disconnect/reset before headers. reset reason: connection failure',
      'kubernetes',
      'upstream connect error or disconnect/reset before headers',
    ],
    ['Error: release: not found', 'kubernetes', 'release: not found'],
    [
      'Unable to connect to the server: getting credentials: exec: executable aws failed with exit code 255',
      'kubernetes',
      'executable failed with exit code',
    ],
    [
      'could not get token: AccessDenied: Access denied\n\tstatus code: 403, request id: cb2eac65-454e-11e9-94f9-37274ff97c3e\nUnable to connect to the server: getting credentials: exec: exit status 1',
      'kubernetes',
      'AccessDenied',
    ],
    [
      'Error from server (Forbidden): error when creating "ns.yaml": namespaces "dev" is forbidden: unable to create new content in namespace dev because it is being terminated',
      'kubernetes',
      'Forbidden',
    ],
    ['Error: UPGRADE FAILED: "my-app" has no deployed releases', 'kubernetes', 'has no deployed releases'],
    ['error: no context exists with the name: "prod"', 'kubernetes', 'no context exists with the name'],
    [
      'Kustomize version: v5.1.0\nFAIL: Error: no matches for Id Deployment.v1.apps/cert-manager.[noNs]; failed to find unique target for patch Deployment.v1.apps/cert-manager.[noNs]',
      'kubernetes',
      'no matches for Id',
    ],
    [
      'Error: UPGRADE FAILED: unable to build kubernetes objects from current release manifest: resource mapping not found for name: "example" namespace: "" from "": no matches for kind "Ingress" in version "networking.k8s.io/v1beta1"\nensure CRDs are installed first',
      'kubernetes',
      'no matches for kind',
    ],
    ['Error: INSTALLATION FAILED: cannot re-use a name that is still in use', 'kubernetes', 'cannot re-use a name that is still in use'],
  ])('keeps the answer of a neighbouring message %j', (error: string, language: string, errorType: string) => {
    expectRecognised(error, language, errorType);
  });

  it.each([
    ['127.0.0.1 - - [10/Oct/2023:13:55:36 +0000] "GET /index.html HTTP/1.1" 503 197 "-" "curl/7.68.0"'],
    ['Error: \n  × failed to resolve dependencies\n  ╰─▶ package `foo` not found'],
    [
      '2020-11-22T20:04:54.223002528Z [2020-11-22T20:04:32.765Z] "GET /products HTTP/1.1" 500 - "-" "-" 0 122 11939 11933 "-" "PostmanRuntime/7.26.8" "66fa4542-266e-9364-8447-e7d63047b344" "172.17.0.2:30164" "127.0.0.1:8080" inbound|8080|http-8080|scrappers-service.default.svc.cluster.local 127.0.0.1:52034 172.18.0.10:8080 172.18.0.1:37035 - default',
    ],
  ])('leaves a look-alike outside the family alone %j', (error: string) => {
    expect(answer(error).language).not.toBe('kubernetes');
  });

  it('names what the message captured in its fixes', () => {
    expect(fixText('Error [IST0101] (VirtualService starfleet/bridge) Referenced host not found: "bridges"')).toContain('IST0101');
    expect(
      fixText(
        '  Warning  FailedMount  MountVolume.SetUp failed for volume "data":\n                        persistentvolumeclaim "nonexistent-dataset" not found',
      ),
    ).toContain('nonexistent-dataset');
    expect(
      fixText('linkerd-existence\n-----------------\n× control plane pods are ready\n    some pods are not ready\n\nStatus check results are ×'),
    ).toContain('control plane pods are ready');
  });
});

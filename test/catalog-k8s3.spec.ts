/**
 * A third catalog pass over the Kubernetes family: Helm's template, hook, schema and YAML failures, Helm and the
 * API server when credentials or the network fail, kubectl's port-forward, exec, logs and URLs, the kubelet's
 * runtime start errors and more event reasons, Calico, flannel and CNI configuration, CoreDNS, minikube's VM
 * drivers, eksctl and cert-manager's issuance; with guard rows for the neighbouring messages that keep their answer.
 * Pure: the rules engine alone.
 */
import { answer, expectRecognised, fixText } from './support/recognised';

describe("Kubernetes tools' messages (third catalog pass)", () => {
  it.each([
    // Helm: a field read from the wrong scope, a value of the wrong shape
    [
      '$ helm install nginx-demo2 day3/my-chart\nError: INSTALLATION FAILED: template: my-chart/templates/deployment.yaml:8:30: executing "my-chart/templates/deployment.yaml" at <.Chart.ApiVersion>: can\'t evaluate field ApiVersion in type interface {}',
      'kubernetes',
      "can't evaluate field",
    ],
    [
      'Error: render error in "enforcer/templates/enforcer-daemonset.yaml": template: enforcer/templates/enforcer-daemonset.yaml:129:17: executing "enforcer/templates/enforcer-daemonset.yaml" at <.Values.nodeSelector>: can\'t evaluate field nodeSelector in type interface {}',
      'kubernetes',
      "can't evaluate field",
    ],
    [
      'Helm upgrade failed: template: podinfo/templates/ingress.yaml:20:18: executing "podinfo/templates/ingress.yaml" at <.hosts>: can\'t evaluate field hosts in type interface {} Last Helm logs: preparing upgrade for podinfo resetting values to the chart\'s original version',
      'kubernetes',
      "can't evaluate field",
    ],
    [
      'rpc error: code = Unknown desc = render error in "minio/templates/statefulset.yaml": template: minio/templates/statefulset.yaml:98:157: executing "minio/templates/statefulset.yaml" at <.Values.clusterDomain>: can\'t evaluate field Values in type int',
      'kubernetes',
      "can't evaluate field",
    ],
    [
      'Error: template: netbox/templates/worker-deployment.yaml:52:65: executing "netbox/templates/worker-deployment.yaml" at <.Values.worker.initContainers>: can\'t evaluate field Values in type []interface {}\nhelm.go:84: [debug] template: netbox/templates/worker-deployment.yaml:52:65: executing "netbox/templates/worker-deployment.yaml" at <.Values.worker.initContainers>: can\'t evaluate field Values in type []interface {}',
      'kubernetes',
      "can't evaluate field",
    ],
    [
      '==> Linting reducers\n[INFO] Chart.yaml: icon is recommended\n[ERROR] templates/: render error in "reducers/templates/configmap.yaml": template: reducers/templates/configmap.yaml:24:27: executing "reducers/templates/configmap.yaml" at <.Values.global.kafka...>: can\'t evaluate field kafkaUrl in type interface {}\n\nError: 1 chart(s) linted, 1 chart(s) failed',
      'kubernetes',
      "can't evaluate field",
    ],
    [
      'Error: INSTALLATION FAILED: template: mychart/templates/deployment.yaml:25:21: executing "mychart/templates/deployment.yaml" at <.Values.resources>: wrong type for value; expected string; got map[string]interface {}',
      'kubernetes',
      'wrong type for value',
    ],
    // Helm: templates that do not parse
    [
      '$ helm install --generate-name camel-k/camel-k\nError: INSTALLATION FAILED: parse error at (camel-k/templates/operator.yaml:87): "-en"',
      'kubernetes',
      'parse error',
    ],
    ['Error: UPGRADE FAILED: parse error at (mychart/templates/deployment.yaml:30): unclosed action', 'kubernetes', 'parse error'],
    [
      'Error: parse error in "mychart/templates/deployment.yaml": template: mychart/templates/deployment.yaml:40: unexpected EOF',
      'kubernetes',
      'parse error',
    ],
    // Helm: hooks
    [
      '$ helm install death-star /home/user1/DeathStarBench/socialNetwork/helm-chart/socialnetwork\nError: INSTALLATION FAILED: failed post-install: pod setup-collection-sharding-hook failed',
      'kubernetes',
      'failed post-install',
    ],
    [
      '2024-03-01T10:00:00.000Z Error: INSTALLATION FAILED: failed pre-install: job failed: BackoffLimitExceeded',
      'kubernetes',
      'BackoffLimitExceeded',
    ],
    [
      'Error: UPGRADE FAILED: pre-upgrade hooks failed: warning: Hook pre-upgrade mychart/templates/migrate-job.yaml failed: jobs.batch "migrate" already exists',
      'kubernetes',
      'pre-upgrade hooks failed',
    ],
    // Helm: values schema, YAML, Chart.yaml and repositories
    [
      "Error: INSTALLATION FAILED: values don't meet the specifications of the schema(s) in the following chart(s):\nmychart:\n- replicaCount: Invalid type. Expected: integer, given: string",
      'kubernetes',
      "values don't meet the specifications of the schema",
    ],
    [
      '$ helm template clickvisual data/helm/clickvisual --set image.tag=latest > clickvisual.yaml\nError: YAML parse error on clickvisual/templates/service.yaml: error converting YAML to JSON: yaml: invalid map key: map[interface {}]interface {}{".Values.service.port":interface {}(nil)}\n\nUse --debug flag to render out invalid YAML',
      'kubernetes',
      'error converting YAML to JSON',
    ],
    ["Error: UPGRADE FAILED: yaml: line 8: could not find expected ':'", 'kubernetes', "could not find expected ':'"],
    ['Error: validation: chart.metadata.name is required', 'kubernetes', 'chart.metadata.name is required'],
    ['$ helm repo list\nError: no repositories to show', 'kubernetes', 'no repositories to show'],
    // Helm and the API server: the cluster does not answer, or refuses the credentials
    [
      'sriramkumar@Srirams-MacBook-Pro ~ % helm ls -a\nError: Kubernetes cluster unreachable: Get "https://something.ibm.com:25628/version?timeout=32s": dial tcp: i/o timeout',
      'kubernetes',
      'i/o timeout',
    ],
    [
      '$ helm list --filter fluvio-sys --output json\nError: Kubernetes cluster unreachable: Get "https://172.17.0.3:8443/version?timeout=32s": net/http: TLS handshake timeout',
      'kubernetes',
      'TLS handshake timeout',
    ],
    ['Error: Kubernetes cluster unreachable', 'kubernetes', 'Kubernetes cluster unreachable'],
    [
      'E0809 16:13:15.327109       1 authentication.go:53] Unable to authenticate the request due to an error: x509: certificate has expired or is not yet valid',
      'kubernetes',
      'certificate has expired or is not yet valid',
    ],
    // kubectl port-forward, exec, logs, URLs, manifests
    [
      '$ kubectl port-forward olric-0 3320:3320\nE1105 19:11:16.188662  401772 portforward.go:413] an error occurred forwarding 3320 -> 3320: error forwarding port 3320 to pod x, uid : failed to execute portforward in network namespace "/var/run/netns/x": failed to connect to localhost:3320 inside namespace "x", IPv4: dial tcp4 127.0.0.1:3320: connect: connection refused IPv6 dial tcp6: address localhost: no suitable address found',
      'kubernetes',
      'connection refused',
    ],
    [
      'E0617 13:06:27.613454  492930 portforward.go:340] error creating error stream for port 8787 -> 8787: Timeout occurred\nE0617 13:06:28.010093  492930 portforward.go:362] error creating forwarding stream for port 8787 -> 8787: Timeout occurred',
      'kubernetes',
      'error creating error stream',
    ],
    [
      'Unable to listen on port 8080: Listeners failed to create with the following errors: [unable to create listener: Error listen tcp4 127.0.0.1:8080: bind: address already in use unable to create listener: Error listen tcp6 [::1]:8080: bind: address already in use]\nerror: unable to listen on any of the requested ports: [{8080 80}]',
      'kubernetes',
      'address already in use',
    ],
    [
      '$ kubectl exec -it pod/redis-commander-5fdbd76d84-vj4kk -- redis-commander\nOCI runtime exec failed: exec failed: unable to start container process: exec: "redis-commander": executable file not found in $PATH: unknown\ncommand terminated with exit code 126',
      'kubernetes',
      'OCI runtime exec failed',
    ],
    [
      'error: Internal error occurred: error executing command in container: failed to exec in container: failed to start exec "fc7ef1a745ffd71b0d28376f80ab706bf896fb8e13c501e66a2889286eda97f9": OCI runtime exec failed: exec failed: unable to start container process: exec: "ps": executable file not found in $PATH: unknown',
      'kubernetes',
      'OCI runtime exec failed',
    ],
    [
      '$ kubectl logs mypod -c myinitcontainer\nunable to retrieve container logs for containerd://61a93aa17bfb193bc125b151ec643c85a9edbcd6fd993f5f1164f2015f6361a3',
      'kubernetes',
      'unable to retrieve container logs',
    ],
    [
      'error: unable to read URL "https://github.com/org/repo/blob/main/deploy.yaml", server reported 404 Not Found, status code=404',
      'kubernetes',
      'unable to read URL',
    ],
    [
      '$ kubectl apply -f ./k8s/\nerror: error validating "k8s/values.yaml": error validating data: [apiVersion not set, kind not set]; if you choose to ignore these errors, turn validation off with --validate=false',
      'kubernetes',
      'apiVersion not set',
    ],
    [
      'error: error validating "deploy.yaml": error validating data: kind not set; if you choose to ignore these errors, turn validation off with --validate=false',
      'kubernetes',
      'kind not set',
    ],
    [
      'error: error when retrieving current configuration of:\nResource: "tekton.dev/v1alpha1, Resource=taskruns", GroupVersionKind: "tekton.dev/v1alpha1, Kind=TaskRun"\nName: "", Namespace: "default"\nfrom server for: "STDIN": resource name may not be empty',
      'kubernetes',
      'resource name may not be empty',
    ],
    // the kubelet: runtime start errors, events, its own Node
    [
      'Events:\n  Type     Reason     Age               From               Message\n  ----     ------     ----              ----               -------\n  Normal   Scheduled  30s               default-scheduler  Successfully assigned default/web-7d4b9c6f5-x2x9k to node-1\n  Warning  Failed     5s (x3 over 20s)  kubelet            Error: failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "/app/start.sh": permission denied: unknown',
      'kubernetes',
      'OCI runtime create failed',
    ],
    [
      '  Normal   SandboxChanged  3m (x12 over 20m)  kubelet  Pod sandbox changed, it will be killed and re-created.',
      'kubernetes',
      'SandboxChanged',
    ],
    [
      '  Warning  MissSchedule  1m  cronjob-controller  Missed scheduled time to start a job: 2023-01-01 00:00:00 +0000 UTC',
      'kubernetes',
      'MissSchedule',
    ],
    [
      '  Warning  FailedToUpdateEndpointSlices  1m  endpoint-slice-controller  Error updating Endpoint Slices for Service default/web: failed to update web-abcde EndpointSlice for Service default/web: Operation cannot be fulfilled',
      'kubernetes',
      'FailedToUpdateEndpointSlices',
    ],
    [
      '  Warning  TopologyAffinityError  1m  kubelet  Resources cannot be allocated with Topology locality',
      'kubernetes',
      'TopologyAffinityError',
    ],
    [
      '  Warning  ProbeError  12s (x5 over 52s)  kubelet  Readiness probe error: HTTP probe failed with statuscode: 503\nbody: {"status":"DOWN"}',
      'kubernetes',
      'ProbeError',
    ],
    [
      'Jun 01 10:00:00 master-1 kubelet[1234]: E0601 10:00:00.000000    1234 kubelet.go:2448] "Error getting node" err="node \\"master-1\\" not found"',
      'kubernetes',
      'Error getting node',
    ],
    [
      'Warning  Failed     4m11s (x6 over 4m53s)  kubelet, ip-10-0-1-12  Error: secrets "secrets-2.16.4-1" not found',
      'kubernetes',
      'CreateContainerConfigError',
    ],
    [
      'Conditions:\n  Type                 Status    LastHeartbeatTime                 LastTransitionTime                Reason              Message\n  ----                 ------    -----------------                 ------------------                ------              -------\n  Ready                Unknown   Sat, 15 Aug 2020 03:48:32 +0000   Sat, 15 Aug 2020 03:49:20 +0000   NodeStatusUnknown   Kubelet stopped posting node status.',
      'kubernetes',
      'NodeStatusUnknown',
    ],
    [
      'Feb 17 13:58:47.304: INFO: Condition Ready of node e2e-gce-builder-2-3-minion-kb53 is false instead of true. Reason: NodeStatusUnknown, message: Kubelet stopped posting node status.',
      'kubernetes',
      'NodeStatusUnknown',
    ],
    [
      'Feb 17 11:12:14 k8s-192-168-3-26 kube-proxy[9234]: E0217 11:12:14.212635    9234 proxier.go:1432] "Failed to execute iptables-restore" err=<\nFeb 17 11:12:14 k8s-192-168-3-26 kube-proxy[9234]:         exit status 2: ip6tables-restore v1.8.7 (nf_tables): unknown option "--xor-mark"\nFeb 17 11:12:14 k8s-192-168-3-26 kube-proxy[9234]:         Error occurred at line: 11',
      'kubernetes',
      'Failed to execute iptables-restore',
    ],
    [
      'level=error msg="Remotedialer proxy error; reconnecting..." error="dial tcp node.53:9345: connect: connection refused" url="wss://node.53:9345/v1-rke2/connect"\nlevel=info msg="Connecting to proxy" url="wss://node.22:9345/v1-rke2/connect"\nlevel=error msg="Failed to connect to proxy. Empty dialer response" error="dial tcp node.22:9345: connect: connection refused"',
      'kubernetes',
      'connection refused',
    ],
    // CNI plugins
    [
      'calico/node is not ready: BIRD is not ready: Error querying BIRD: unable to connect to BIRDv4 socket: dial unix /var/run/bird/bird.ctl: connect: no such file or directory',
      'kubernetes',
      'BIRD is not ready',
    ],
    ['calico/node is not ready: BIRD is not ready: BGP not established with 10.0.0.12,10.0.0.13', 'kubernetes', 'BIRD is not ready'],
    [
      'calico/node is not ready: felix is not ready: Get "http://localhost:9099/readiness": dial tcp [::1]:9099: connect: connection refused',
      'kubernetes',
      'felix is not ready',
    ],
    ['cni.go:171] Unable to update cni config: No networks found in /etc/cni/net.d', 'kubernetes', 'NetworkPluginNotReady'],
    ['network: open /run/flannel/subnet.env: no such file or directory', 'kubernetes', 'no such file or directory'],
    // CoreDNS
    [
      '[root@k8s-master-1 ~]# kubectl logs -f coredns-b75bb577b-5dlbd -n kube-system\n[ERROR] plugin/errors: 2 accountant-server-http-provider-6b8756994f-zzf49. A: read udp 172.30.57.16:53039->119.29.29.29:53: i/o timeout',
      'kubernetes',
      'i/o timeout',
    ],
    [
      '[ERROR] plugin/errors: 2 3797952284163317497.7063757873447144811. HINFO: read udp 192.168.209.17:36807->20.128.8.8:53: i/o timeout\n[ERROR] plugin/errors: 2 3797952284163317497.7063757873447144811. HINFO: read udp 192.168.209.17:35090->20.128.8.8:53: i/o timeout',
      'kubernetes',
      'i/o timeout',
    ],
    [
      '[INFO] plugin/ready: Still waiting on: "kubernetes"\n[INFO] plugin/kubernetes: waiting for Kubernetes API before starting server',
      'kubernetes',
      'waiting for Kubernetes API before starting server',
    ],
    // minikube, eksctl, cert-manager
    [
      'E0717 20:38:03.963546   16260 start.go:559] StartHost: create: creating: exit status 1\n\nX Unable to start VM: create: creating: exit status 1',
      'kubernetes',
      'Unable to start VM',
    ],
    [
      "💣  error provisioning host: Failed to start host: driver start: Unable to start the VM: /usr/bin/VBoxManage startvm minikube --type headless failed:\nVBoxManage: error: The virtual machine 'minikube' has terminated unexpectedly during startup with exit code 1 (0x1)\nVBoxManage: error: Details: code NS_ERROR_FAILURE (0x80004005), component MachineWrap, interface IMachine",
      'kubernetes',
      'error provisioning host',
    ],
    [
      '01:46:27  2023/03/07 00:46:27 Creating cluster ...\n02:00:51  2023-03-07 01:00:51 [✔]  all EKS cluster resources for "eck-jks-e2e-eks-arm-629" have been created\n02:25:51  Error: timed out waiting for at least 3 nodes to join the cluster and become ready in "ng-1": context deadline exceeded\n02:25:51  Error: exit status 1',
      'kubernetes',
      'timed out waiting for nodes to join the cluster',
    ],
    [
      '[cloudshell-user@ip-10-130-79-193 01-initial-cluster]$ eksctl create cluster -f cluster.yaml\nError: invalid version, supported values: 1.22, 1.23, 1.24, 1.25, 1.26, 1.27',
      'kubernetes',
      'invalid version',
    ],
    [
      'sync.go:120] Issuer letsencrypt-staging not ready\ncontroller.go:180] certificates controller: Re-queuing item "default/passgen-crt" due to error processing: Issuer letsencrypt-staging not ready',
      'kubernetes',
      'IssuerNotReady',
    ],
    [
      'Status:\n  Conditions:\n    Last Transition Time:        2020-09-15T07:54:48Z\n    Message:                     Issuing certificate as Secret does not exist\n    Reason:                      DoesNotExist\n    Status:                      False\n    Type:                        Ready',
      'kubernetes',
      'Issuing certificate as Secret does not exist',
    ],
    // Helm's bare "resource already exists" (Helm 3.0)
    ['Error: rendered manifests contain a resource that already exists.', 'kubernetes', 'resource already exists'],
    // A cluster component's client-go cannot reach (or is refused by) the API server: its Go file names do not make it Go's
    [
      '[INFO] plugin/ready: Still waiting on: "kubernetes"\n[ERROR] plugin/kubernetes: pkg/mod/k8s.io/client-go@v0.27.4/tools/cache/reflector.go:231: Failed to watch *v1.Namespace: failed to list *v1.Namespace: Get "https://10.96.0.1:443/api/v1/namespaces?limit=500&resourceVersion=0": dial tcp 10.96.0.1:443: i/o timeout',
      'kubernetes',
      'i/o timeout',
    ],
    [
      'E1203 10:00:05.000000       1 leaderelection.go:330] error retrieving resource lock kube-system/kube-scheduler: Get "https://192.168.1.10:6443/apis/coordination.k8s.io/v1/namespaces/kube-system/leases/kube-scheduler?timeout=5s": dial tcp 192.168.1.10:6443: connect: connection refused',
      'kubernetes',
      'connection refused',
    ],
    [
      'E0101 00:00:00.000000       1 reflector.go:138] k8s.io/client-go/informers/factory.go:134: Failed to watch *v1.Endpoints: failed to list *v1.Endpoints: Unauthorized',
      'kubernetes',
      'Unauthorized',
    ],
    // minikube's exit reason is the type, whatever its driver's output (docker's daemon errors) says above it
    [
      '🤦  StartHost failed, but will try again: creating host: create: creating: create kic node: create container: docker run -d -t --privileged --name minikube gcr.io/k8s-minikube/kicbase:v0.0.42: exit status 125\nstderr:\ndocker: Error response from daemon: Conflict. The container name "/minikube" is already in use by container "4f3c". You have to remove (or rename) that container to be able to reuse that name.\n\n❌  Exiting due to GUEST_PROVISION: error provisioning guest: Failed to start host: creating host: create: creating: setting up container node: creating volume for minikube container: docker volume create minikube: exit status 1\nstderr:\nError response from daemon: create minikube: error while creating volume root path \'/var/lib/docker/volumes/minikube\': mkdir /var/lib/docker/volumes/minikube: read-only file system',
      'kubernetes',
      'GUEST_PROVISION',
    ],
  ] as const)('%s', (message, language, errorType) => {
    expectRecognised(message, language, errorType);
  });

  // Neighbouring messages that keep the answer they had before this pass.
  it.each([
    ['Error: INSTALLATION FAILED: failed pre-install: timed out waiting for the condition', 'kubernetes', 'timed out waiting for the condition'],
    [
      'Error: INSTALLATION FAILED: parse error at (mychart/templates/service.yaml:5): function "toYml" not defined',
      'kubernetes',
      'function not defined',
    ],
    [
      'Error: INSTALLATION FAILED: template: mychart/templates/deployment.yaml:20:20: executing "mychart/templates/deployment.yaml" at <.Values.image.repository>: nil pointer evaluating interface {}.repository',
      'kubernetes',
      'nil pointer evaluating interface',
    ],
    [
      'Error: Kubernetes cluster unreachable: Get "http://localhost:8080/version": dial tcp 127.0.0.1:8080: connect: connection refused',
      'kubernetes',
      'connection refused',
    ],
    [
      'Error: YAML parse error on superset/templates/deployment.yaml: error converting YAML to JSON: yaml: line 52: did not find expected key',
      'kubernetes',
      'error converting YAML to JSON',
    ],
    [
      '➜  ~ kubectl port-forward trint-mongodb-2-94074312-6uzb3 37017:27017\nForwarding from 127.0.0.1:37017 -> 27017\nE0816 11:08:45.179697    9528 portforward.go:327] an error occurred forwarding 37017 -> 27017: error forwarding port 27017 to pod trint-mongodb-2-94074312-6uzb3_default, uid : unable to do port forwarding: socat not found.',
      'kubernetes',
      'socat not found',
    ],
    [
      'pi@raspberrypi:~ $ docker exec -it radicale bash\nOCI runtime exec failed: exec failed: container_linux.go:380: starting container process caused: exec: "bash": executable file not found in $PATH: unknown',
      'docker',
      'OCI runtime exec failed',
    ],
    [
      '  Warning  Unhealthy  25m  kubelet, k8s-node131  Readiness probe failed: calico/node is not ready: BIRD is not ready: Error querying BIRD: unable to connect to BIRDv4 socket: dial unix /var/run/calico/bird.ctl: connect: connection refused',
      'kubernetes',
      'Unhealthy',
    ],
    [
      '  Warning  FailedCreatePodSandBox  11s  kubelet  Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "3c05350cf5717b9bcf92a63ffafb7a3d27bd5ad1880de39272e72aa1661e637e": plugin type="flannel" failed (add): loadFlannelSubnetEnv failed: open /run/flannel/subnet.env: no such file or directory',
      'kubernetes',
      'FailedCreatePodSandBox',
    ],
    [
      'Feb 12 10:02:01 slspGPU16 kubelet[148526]: E0212 10:02:01.261124  148526 kubelet.go:2104] Container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:docker: network plugin is not ready: cni config uninitialized',
      'kubernetes',
      'NetworkPluginNotReady',
    ],
    [
      'KUBECONFIG=/etc/kubernetes/admin.conf kubectl -n kube-system describe pod kube-dns-86f4d74b45-kgjbk\n  Normal   SandboxChanged          6m (x11 over 6m)   kubelet, centos-s-2vcpu-4gb-nyc1-01  Pod sandbox changed, it will be killed and re-created.\n  Warning  FailedCreatePodSandBox  6m (x12 over 6m)   kubelet, centos-s-2vcpu-4gb-nyc1-01  Failed create pod sandbox: rpc error: code = Unknown desc = NetworkPlugin cni failed to set up pod "kube-dns-86f4d74b45-kgjbk_kube-system" network',
      'kubernetes',
      'FailedCreatePodSandBox',
    ],
    [
      'Error: rendered manifests contain a resource that already exists. Unable to continue with install: could not get information about the resource: resource name may not be empty',
      'kubernetes',
      'resource already exists',
    ],
    [
      '❌  Exiting due to GUEST_PROVISION: Failed to start host: error provisioning host: Failed to start host: creating host: create: creating: exit status 1',
      'kubernetes',
      'GUEST_PROVISION',
    ],
    [
      '  Warning  IssuerNotFound  10s  cert-manager-certificaterequests-issuer-acme  Referenced "ClusterIssuer" not found: clusterissuer.cert-manager.io "letsencrypt-prod" not found',
      'kubernetes',
      'IssuerNotFound',
    ],
    ['Error from server (NotFound): secrets "db-credentials" not found', 'kubernetes', 'NotFound'],
    // A Go program's own request to an API whose path looks like Kubernetes', and a crash with a reflector line above it
    [
      '2024/05/01 10:00:00 Get "https://api.example.com/api/v1/users": dial tcp 10.0.0.5:443: connect: connection refused',
      'go',
      'connection refused',
    ],
    [
      'E0623 15:24:30.674204       1 reflector.go:138] k8s.io/client-go/informers/factory.go:134: Failed to watch *v1.Pod: failed to list *v1.Pod: Unauthorized\npanic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x1234567]\n\ngoroutine 1 [running]:\nmain.main()\n\t/app/main.go:42 +0x1d',
      'go',
      'nil pointer dereference',
    ],
    // without minikube's exit line, the same daemon error is docker's
    [
      'docker: Error response from daemon: Conflict. The container name "/minikube" is already in use by container "4f3c". You have to remove (or rename) that container to be able to reuse that name.',
      'docker',
      'Conflict (container name in use)',
    ],
  ] as const)('keeps %s', (message, language, errorType) => {
    expectRecognised(message, language, errorType);
  });

  it('names what the message captured in its fixes', () => {
    expect(
      fixText(
        'E1203 10:00:05.000000       1 leaderelection.go:330] error retrieving resource lock kube-system/kube-scheduler: Get "https://192.168.1.10:6443/apis/coordination.k8s.io/v1/namespaces/kube-system/leases/kube-scheduler?timeout=5s": dial tcp 192.168.1.10:6443: connect: connection refused',
      ),
    ).toContain("curl -k 'https://192.168.1.10:6443/apis/coordination.k8s.io/v1/namespaces/kube-system/leases/kube-scheduler?timeout=5s'");
    expect(
      fixText(
        'Error: template: rundeck/templates/ingress.yaml:36:28: executing "rundeck/templates/ingress.yaml" at <.Values.nginx.enabled>: can\'t evaluate field Values in type interface {}',
      ),
    ).toContain('$.Values.nginx.enabled');
    expect(fixText('Error: INSTALLATION FAILED: parse error at (camel-k/templates/operator.yaml:87): "-en"')).toContain(
      'camel-k/templates/operator.yaml:87',
    );
    expect(
      fixText(
        '02:25:51  Error: timed out waiting for at least 3 nodes to join the cluster and become ready in "ng-1": context deadline exceeded',
      ),
    ).toContain('ng-1');
    expect(
      fixText(
        '[ERROR] plugin/errors: 2 svc-datadog-agent-dogstatsd.datadog-agent.toyota-europe.com. SRV: read udp 192.168.86.18:56917->150.45.86.241:53: i/o timeout',
      ),
    ).toContain('150.45.86.241');
    expect(
      fixText(
        'Unable to listen on port 8080: Listeners failed to create with the following errors: [unable to create listener: Error listen tcp4 127.0.0.1:8080: bind: address already in use]',
      ),
    ).toContain('lsof -i :8080');
    expect(
      fixText('error: unable to read URL "https://github.com/org/repo/blob/main/deploy.yaml", server reported 404 Not Found, status code=404'),
    ).toContain('https://raw.githubusercontent.com/org/repo/main/deploy.yaml');
    expect(fixText('sync.go:120] Issuer letsencrypt-staging not ready')).toContain('letsencrypt-staging');
    expect(
      fixText('level=error msg="Failed to connect to proxy. Empty dialer response" error="dial tcp node.22:9345: connect: connection refused"'),
    ).toContain('node.22:9345');
  });

  it('explains the cause the message shows', () => {
    expect(
      answer(
        'OCI runtime exec failed: exec failed: unable to start container process: exec: "redis-commander": executable file not found in $PATH: unknown\ncommand terminated with exit code 126',
      ).explanation,
    ).toMatch(/redis-commander[\s\S]*does not exist in the image/);
    expect(answer('calico/node is not ready: BIRD is not ready: BGP not established with 10.0.0.12,10.0.0.13').explanation).toMatch(/179/);
    expect(answer('network: open /run/flannel/subnet.env: no such file or directory').explanation).toMatch(/pod-network-cidr/);
  });
});

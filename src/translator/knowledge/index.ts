import type { ErrorPattern } from '../rules/error-pattern';
import { BASH_BUILTIN_PATTERNS } from './bash-builtins.patterns';
import { CONTAINERS_CATALOG_PATTERNS } from './containers-catalog.patterns';
import { CONTAINER_PATTERNS } from './containers.patterns';
import { DOCKER_CATALOG2_PATTERNS } from './docker-catalog2.patterns';
import { DOCKER_CATALOG3_PATTERNS } from './docker-catalog3.patterns';
import { DOCKER_CATALOG4_PATTERNS } from './docker-catalog4.patterns';
import { DOCKER_CATALOG5_PATTERNS } from './docker-catalog5.patterns';
import { DOCKER_CATALOG6_PATTERNS } from './docker-catalog6.patterns';
import { DOCKER_CATALOG7_PATTERNS } from './docker-catalog7.patterns';
import { DOCKER_CATALOG8_PATTERNS } from './docker-catalog8.patterns';
import { DOCKER_CATALOG9_PATTERNS } from './docker-catalog9.patterns';
import { DOCKER_CATALOG10_PATTERNS } from './docker-catalog10.patterns';
import { DOCKER_CATALOG11_PATTERNS } from './docker-catalog11.patterns';
import { DOCKER_CATALOG12_PATTERNS } from './docker-catalog12.patterns';
import { DOCKER_CATALOG13_PATTERNS } from './docker-catalog13.patterns';
import { DOCKER_CATALOG14_PATTERNS } from './docker-catalog14.patterns';
import { DOCKER_CATALOG15_PATTERNS } from './docker-catalog15.patterns';
import { DOCKER_ENGINE_PATTERNS } from './docker-engine.patterns';
import { DOCKER_OPERATIONS_PATTERNS } from './docker-operations.patterns';
import { DOCKER_PLATFORM_PATTERNS } from './docker-platform.patterns';
import { DOTNET_CATALOG2_PATTERNS } from './dotnet-catalog2.patterns';
import { DOTNET_PATTERNS } from './dotnet.patterns';
import { GIT_PATTERNS } from './git.patterns';
import { GO_PATTERNS } from './go.patterns';
import { JAVASCRIPT_CATALOG_PATTERNS } from './javascript-catalog.patterns';
import { JAVASCRIPT_CATALOG2_PATTERNS } from './javascript-catalog2.patterns';
import { JAVASCRIPT_CATALOG3_PATTERNS } from './javascript-catalog3.patterns';
import { JAVASCRIPT_LIBRARY_PATTERNS } from './javascript-libraries.patterns';
import { JAVASCRIPT_PATTERNS } from './javascript.patterns';
import { JVM_PATTERNS } from './jvm.patterns';
import { KUBERNETES_API_PATTERNS } from './kubernetes-api.patterns';
import { KUBERNETES_CATALOG2_PATTERNS } from './kubernetes-catalog2.patterns';
import { KUBERNETES_CATALOG3_PATTERNS } from './kubernetes-catalog3.patterns';
import { KUBERNETES_CATALOG4_PATTERNS } from './kubernetes-catalog4.patterns';
import { KUBERNETES_CATALOG5_PATTERNS } from './kubernetes-catalog5.patterns';
import { KUBERNETES_CATALOG6_PATTERNS } from './kubernetes-catalog6.patterns';
import { KUBERNETES_CATALOG7_PATTERNS } from './kubernetes-catalog7.patterns';
import { KUBERNETES_CATALOG8_PATTERNS } from './kubernetes-catalog8.patterns';
import { KUBERNETES_CATALOG9_PATTERNS } from './kubernetes-catalog9.patterns';
import { KUBERNETES_CATALOG10_PATTERNS } from './kubernetes-catalog10.patterns';
import { KUBERNETES_CATALOG11_PATTERNS } from './kubernetes-catalog11.patterns';
import { KUBERNETES_CATALOG12_PATTERNS } from './kubernetes-catalog12.patterns';
import { KUBERNETES_CLUSTER_PATTERNS } from './kubernetes-cluster.patterns';
import { LINUX_CATALOG_PATTERNS } from './linux-catalog.patterns';
import { LINUX_TOOL_PATTERNS } from './linux-tools.patterns';
import { LOCALISED_CATALOG3_PATTERNS } from './localised-catalog3.patterns';
import { LOCALISED_CATALOG4_PATTERNS } from './localised-catalog4.patterns';
import { MACOS_PATTERNS } from './macos.patterns';
import { MAKE_PATTERNS } from './make.patterns';
import { NATIVE_CATALOG2_PATTERNS } from './native-catalog2.patterns';
import { NATIVE_CATALOG3_PATTERNS } from './native-catalog3.patterns';
import { NATIVE_CATALOG4_PATTERNS } from './native-catalog4.patterns';
import { NATIVE_CATALOG5_PATTERNS } from './native-catalog5.patterns';
import { NATIVE_CATALOG6_PATTERNS } from './native-catalog6.patterns';
import { NATIVE_CATALOG7_PATTERNS } from './native-catalog7.patterns';
import { NATIVE_CATALOG8_PATTERNS } from './native-catalog8.patterns';
import { NATIVE_CATALOG9_PATTERNS } from './native-catalog9.patterns';
import { NATIVE_CATALOG10_PATTERNS } from './native-catalog10.patterns';
import { NATIVE_CATALOG11_PATTERNS } from './native-catalog11.patterns';
import { NATIVE_CATALOG12_PATTERNS } from './native-catalog12.patterns';
import { NATIVE_CATALOG13_PATTERNS } from './native-catalog13.patterns';
import { NATIVE_CATALOG14_PATTERNS } from './native-catalog14.patterns';
import { NATIVE_CATALOG15_PATTERNS } from './native-catalog15.patterns';
import { NATIVE_DIAGNOSTIC_PATTERNS } from './native-diagnostics.patterns';
import { NATIVE_PATTERNS } from './native.patterns';
import { PACKAGE_MANAGER_PATTERNS } from './packages.patterns';
import { PHP_PATTERNS } from './php.patterns';
import { POWERSHELL_CMD_PATTERNS } from './powershell-cmd.patterns';
import { PYTHON_PATTERNS } from './python.patterns';
import { RUBY_PATTERNS } from './ruby.patterns';
import { RUST_PATTERNS } from './rust.patterns';
import { SHELL_CATALOG2_PATTERNS } from './shell-catalog2.patterns';
import { SHELL_CATALOG3_PATTERNS } from './shell-catalog3.patterns';
import { SHELL_CATALOG4_PATTERNS } from './shell-catalog4.patterns';
import { SHELL_CATALOG5_PATTERNS } from './shell-catalog5.patterns';
import { SHELL_CATALOG6_PATTERNS } from './shell-catalog6.patterns';
import { SHELL_CATALOG7_PATTERNS } from './shell-catalog7.patterns';
import { SHELL_CATALOG8_PATTERNS } from './shell-catalog8.patterns';
import { SHELL_CATALOG9_PATTERNS } from './shell-catalog9.patterns';
import { SHELL_CATALOG10_PATTERNS } from './shell-catalog10.patterns';
import { SHELL_CATALOG11_PATTERNS } from './shell-catalog11.patterns';
import { SHELL_CATALOG13_PATTERNS } from './shell-catalog13.patterns';
import { SHELL_CATALOG14_PATTERNS } from './shell-catalog14.patterns';
import { SHELL_CATALOG15_PATTERNS } from './shell-catalog15.patterns';
import { SHELL_CATALOG16_PATTERNS } from './shell-catalog16.patterns';
import { SHELL_CATALOG12_PATTERNS } from './shell-catalog12.patterns';
import { SHELL_PATTERNS } from './shell.patterns';
import { SQL_CATALOGUE_PATTERNS } from './sql-catalogue.patterns';
import { PROGRAM_CATALOG_PATTERNS } from './program-catalog.patterns';
import { PROGRAM_CATALOG2_PATTERNS } from './program-catalog2.patterns';
import { PROGRAM_CATALOG3_PATTERNS } from './program-catalog3.patterns';
import { PROGRAM_CATALOG4_PATTERNS } from './program-catalog4.patterns';
import { PROGRAM_CATALOG5_PATTERNS } from './program-catalog5.patterns';
import { PROGRAM_CATALOG6_PATTERNS } from './program-catalog6.patterns';
import { PROGRAM_CATALOG7_PATTERNS } from './program-catalog7.patterns';
import { PROGRAM_CATALOG8_PATTERNS } from './program-catalog8.patterns';
import { PROGRAM_CATALOG9_PATTERNS } from './program-catalog9.patterns';
import { SQL_CATALOGUE2_PATTERNS } from './sql-catalogue2.patterns';
import { SQL_CATALOGUE3_PATTERNS } from './sql-catalogue3.patterns';
import { PYTHON_SQL_RUST_CATALOG_PATTERNS } from './python-sql-rust-catalog.patterns';
import { SQL_PATTERNS } from './sql.patterns';
import { SWIFT_PATTERNS } from './swift.patterns';
import { SYSTEM_ADMIN_PATTERNS } from './system-admin.patterns';
import { TYPESCRIPT_PATTERNS } from './typescript.patterns';
import { WRAPPED_CATALOG_PATTERNS } from './wrapped-catalog.patterns';

/** The whole knowledge base, one file per ecosystem. */
export const KNOWLEDGE_BASE: readonly ErrorPattern[] = [
  ...PYTHON_PATTERNS,
  ...JAVASCRIPT_PATTERNS,
  ...JAVASCRIPT_LIBRARY_PATTERNS,
  ...TYPESCRIPT_PATTERNS,
  ...JAVASCRIPT_CATALOG_PATTERNS,
  ...JAVASCRIPT_CATALOG2_PATTERNS,
  ...JAVASCRIPT_CATALOG3_PATTERNS,
  ...PROGRAM_CATALOG_PATTERNS,
  ...PROGRAM_CATALOG2_PATTERNS,
  ...PROGRAM_CATALOG3_PATTERNS,
  ...PROGRAM_CATALOG4_PATTERNS,
  ...PROGRAM_CATALOG5_PATTERNS,
  ...PROGRAM_CATALOG6_PATTERNS,
  ...PROGRAM_CATALOG7_PATTERNS,
  ...PROGRAM_CATALOG8_PATTERNS,
  ...PROGRAM_CATALOG9_PATTERNS,
  ...JVM_PATTERNS,
  ...GO_PATTERNS,
  ...RUST_PATTERNS,
  ...DOTNET_PATTERNS,
  ...DOTNET_CATALOG2_PATTERNS,
  ...NATIVE_PATTERNS,
  ...NATIVE_DIAGNOSTIC_PATTERNS,
  ...NATIVE_CATALOG2_PATTERNS,
  ...NATIVE_CATALOG3_PATTERNS,
  ...NATIVE_CATALOG4_PATTERNS,
  ...NATIVE_CATALOG5_PATTERNS,
  ...NATIVE_CATALOG6_PATTERNS,
  ...NATIVE_CATALOG7_PATTERNS,
  ...NATIVE_CATALOG8_PATTERNS,
  ...NATIVE_CATALOG9_PATTERNS,
  ...NATIVE_CATALOG10_PATTERNS,
  ...NATIVE_CATALOG11_PATTERNS,
  ...NATIVE_CATALOG12_PATTERNS,
  ...NATIVE_CATALOG13_PATTERNS,
  ...NATIVE_CATALOG14_PATTERNS,
  ...NATIVE_CATALOG15_PATTERNS,
  ...MAKE_PATTERNS,
  ...RUBY_PATTERNS,
  ...PHP_PATTERNS,
  ...SQL_PATTERNS,
  ...SQL_CATALOGUE_PATTERNS,
  ...SQL_CATALOGUE2_PATTERNS,
  ...SQL_CATALOGUE3_PATTERNS,
  ...PYTHON_SQL_RUST_CATALOG_PATTERNS,
  ...PACKAGE_MANAGER_PATTERNS,
  ...CONTAINER_PATTERNS,
  ...CONTAINERS_CATALOG_PATTERNS,
  ...DOCKER_ENGINE_PATTERNS,
  ...DOCKER_OPERATIONS_PATTERNS,
  ...DOCKER_PLATFORM_PATTERNS,
  ...DOCKER_CATALOG2_PATTERNS,
  ...DOCKER_CATALOG3_PATTERNS,
  ...DOCKER_CATALOG4_PATTERNS,
  ...DOCKER_CATALOG5_PATTERNS,
  ...DOCKER_CATALOG6_PATTERNS,
  ...DOCKER_CATALOG7_PATTERNS,
  ...DOCKER_CATALOG8_PATTERNS,
  ...DOCKER_CATALOG9_PATTERNS,
  ...DOCKER_CATALOG10_PATTERNS,
  ...DOCKER_CATALOG11_PATTERNS,
  ...DOCKER_CATALOG12_PATTERNS,
  ...DOCKER_CATALOG13_PATTERNS,
  ...DOCKER_CATALOG14_PATTERNS,
  ...DOCKER_CATALOG15_PATTERNS,
  ...KUBERNETES_API_PATTERNS,
  ...KUBERNETES_CLUSTER_PATTERNS,
  ...KUBERNETES_CATALOG2_PATTERNS,
  ...KUBERNETES_CATALOG3_PATTERNS,
  ...KUBERNETES_CATALOG4_PATTERNS,
  ...KUBERNETES_CATALOG5_PATTERNS,
  ...KUBERNETES_CATALOG6_PATTERNS,
  ...KUBERNETES_CATALOG7_PATTERNS,
  ...KUBERNETES_CATALOG8_PATTERNS,
  ...KUBERNETES_CATALOG9_PATTERNS,
  ...KUBERNETES_CATALOG10_PATTERNS,
  ...KUBERNETES_CATALOG11_PATTERNS,
  ...KUBERNETES_CATALOG12_PATTERNS,
  ...GIT_PATTERNS,
  ...SHELL_PATTERNS,
  ...BASH_BUILTIN_PATTERNS,
  ...LINUX_TOOL_PATTERNS,
  ...LINUX_CATALOG_PATTERNS,
  ...SHELL_CATALOG2_PATTERNS,
  ...SHELL_CATALOG3_PATTERNS,
  ...SHELL_CATALOG4_PATTERNS,
  ...SHELL_CATALOG5_PATTERNS,
  ...SHELL_CATALOG6_PATTERNS,
  ...SHELL_CATALOG7_PATTERNS,
  ...SHELL_CATALOG8_PATTERNS,
  ...LOCALISED_CATALOG3_PATTERNS,
  ...LOCALISED_CATALOG4_PATTERNS,
  ...SHELL_CATALOG9_PATTERNS,
  ...SHELL_CATALOG10_PATTERNS,
  ...SHELL_CATALOG11_PATTERNS,
  ...SHELL_CATALOG13_PATTERNS,
  ...SHELL_CATALOG14_PATTERNS,
  ...SHELL_CATALOG15_PATTERNS,
  ...SHELL_CATALOG16_PATTERNS,
  ...SHELL_CATALOG12_PATTERNS,
  ...SYSTEM_ADMIN_PATTERNS,
  ...MACOS_PATTERNS,
  ...POWERSHELL_CMD_PATTERNS,
  ...SWIFT_PATTERNS,
  ...WRAPPED_CATALOG_PATTERNS,
];

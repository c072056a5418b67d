export { startSandboxProvider, type SandboxOptions, type SandboxProvider } from './sandbox-service';

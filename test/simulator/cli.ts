/** `npm run simulator`: the simulator alone, for browsing it with the host rules it prints. */
import { startSimulator } from './server';

const port = Number(process.env.PORT ?? 8443);
const sim = await startSimulator({ port, log: (line) => console.log(line) });
console.log(`Partner Center simulator on https://127.0.0.1:${sim.port}`);
console.log(`Chromium flags: --host-resolver-rules="${sim.hostRules}" --ignore-certificate-errors`);
process.on('SIGINT', () => void sim.close().then(() => process.exit(0)));

/**
 * The serial driver through a real UART: TEST_SERIAL_PORT is the host end and TEST_SERIAL_SIM_PORT the
 * other end of a null-modem cable where the simulator answers. Run with `npm run test:hardware`.
 */
import { describe } from 'vitest';
import { driverSuite } from '../drivers/serial/driver-suite';

const host = process.env.TEST_SERIAL_PORT;
const sim = process.env.TEST_SERIAL_SIM_PORT;
if (!host || !sim)
  throw new Error('set TEST_SERIAL_PORT and TEST_SERIAL_SIM_PORT to the two ends of a null-modem cable');

describe('serial driver on a real port', () => {
  driverSuite(
    async () => ({ hostPath: host, devicePath: sim }),
    async () => undefined,
  );
});

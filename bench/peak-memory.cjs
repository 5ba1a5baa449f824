// Loaded with --require by the bench into the command it measures: when the process exits, this
// writes its peak resident memory (kB, from the kernel's own count) to the file the bench names.
// Polling /proc from outside instead slowed the measured process: reading its status takes the
// lock its page faults need.
const { writeFileSync } = require('node:fs');

process.on('exit', () => writeFileSync(process.env.LEADLENS_BENCH_MEMORY_FILE, String(process.resourceUsage().maxRSS)));

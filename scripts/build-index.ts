// Placeholder until lib/index lands: writes nothing.
console.log('index: not built yet');

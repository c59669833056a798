#!/usr/bin/env node
console.log('source-annotator: not yet');

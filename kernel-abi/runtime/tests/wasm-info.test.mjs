// Reading arch and ABI version from module bytes without compiling them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inspectModule, WasmInfoError } from '../lib/wasm-info.mjs';

const header = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
const customSection = (name, payload) => {
  const n = Buffer.from(name);
  const body = [n.length, ...n, ...payload];
  return [0, body.length, ...body];
};
const memorySection = (flags) => [5, 3, 1, flags, 1];

test('wasm32 and wasm64 memories', () => {
  assert.equal(inspectModule(Uint8Array.from([...header, ...memorySection(0)])).arch, 'wasm32');
  assert.equal(inspectModule(Uint8Array.from([...header, ...memorySection(4)])).arch, 'wasm64');
});

test('ABI version custom section', () => {
  const bytes = Uint8Array.from([...header, ...memorySection(0), ...customSection('wpk.abi_version', [7, 1, 0, 0])]);
  assert.equal(inspectModule(bytes).abiVersion, 263);
  assert.equal(inspectModule(Uint8Array.from(header)).abiVersion, null);
});

test('bad input is rejected with a reason', () => {
  assert.throws(() => inspectModule(Buffer.from('#!/bin/sh\necho\n')), WasmInfoError);
  assert.throws(() => inspectModule(Uint8Array.from([...header, 5, 40, 1])), /truncated/);
  assert.throws(() => inspectModule(Uint8Array.from([0, 0x61, 0x73, 0x6d, 2, 0, 0, 0])), /version/);
});

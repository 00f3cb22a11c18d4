import { GcsStandIn } from '@mlops-actions/emulators';
import { createStorage, readObject, writeObject, listObjects, planSync } from './src/index.ts';
const s = await new GcsStandIn().start();
s.store.createBucket?.('bkt-1');
const storage = createStorage({ apiEndpoint: s.url });
await storage.createBucket('bkt-1').catch(e=>console.log('cb', e.message));
const body403 = { error: { code: 403, message: "ci@p.iam.gserviceaccount.com does not have storage.objects.create access to the Google Cloud Storage object. Permission 'storage.objects.create' denied on resource (or it may not exist).", errors: [{ message: 'x', domain: 'global', reason: 'forbidden' }] } };
for (const [name, fn] of [
  ['write', () => writeObject(storage, { bucket: 'bkt-1', path: 'dir/a b/c.py' }, 'x', { ifGenerationMatch: 0 })],
  ['write-res', () => writeObject(storage, { bucket: 'bkt-1', path: 'dir/a b/c.py' }, 'x', { ifGenerationMatch: 0, resumable: true })],
  ['read', () => readObject(storage, { bucket: 'bkt-1', path: 'dir/a b/c.py' })],
  ['list', async () => { for await (const x of listObjects(storage, { bucket: 'bkt-1', path: 'dir/a b/' })) {} }],
] as const) {
  s.faults.add({ action: { kind: 'status', status: Number(process.env.ST), }, times: 5 });
  try { await fn(); console.log(name, 'ok'); } catch (e: any) { console.log(name, '=>', e.message, '| cause:', e.cause?.message, e.cause?.constructor?.name, Object.keys(e.cause ?? {})); }
  s.faults.clear();
}
await s.stop();

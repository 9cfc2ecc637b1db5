/**
 * The one table's physical design. CDK (infra/stacks/data-stack.ts) and the local stack
 * (infra/local/provision.ts) both build the table from this object, so they cannot drift.
 * Access patterns are in docs/data-model.md.
 */
export const tableDesign = {
  /** Logical name; CDK generates the physical name on AWS, locally this is the table's name. */
  localTableName: 'qtp-portal',
  envVar: 'TABLE_NAME',
  partitionKey: 'pk',
  sortKey: 'sk',
  /** Attribute DynamoDB's TTL deletes items by (upload tickets never used). The local table has no TTL. */
  timeToLiveAttribute: 'expiresAt',
  globalIndexes: [
    /** Listings: items of a collection in order (articles by category, documents by year, …). */
    { indexName: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
    /** Work queues and secondary listings: items by status or by owner, newest first. */
    { indexName: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
    /** Time lines: everything published in a language, newest first (home page, all-news feed). */
    { indexName: 'gsi3', partitionKey: 'gsi3pk', sortKey: 'gsi3sk' },
  ],
} as const;

export type IndexName = (typeof tableDesign.globalIndexes)[number]['indexName'];

import { sql, type Kysely } from "kysely";

/** Migrations see the database as it was when they were written, so they take an untyped Kysely. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("reports")
    .addColumn("id", "uuid", (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("channel", "text", (col) => col.notNull())
    .addColumn("client_hash", "text", (col) => col.notNull())
    .addColumn("outcome", "text", (col) => col.notNull().check(sql`outcome in ('reached', 'failed')`))
    .addColumn("reason", "text")
    .addColumn("wait_minutes", "integer", (col) => col.check(sql`wait_minutes between 0 and 600`))
    .addColumn("comment", "text", (col) => col.check(sql`char_length(comment) <= 500`))
    .addColumn("created_at", "timestamptz", (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (col) => col.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint("reports_channel_client_unique", ["channel", "client_hash"])
    .execute();
  await db.schema.createIndex("reports_channel_updated_idx").on("reports").columns(["channel", "updated_at"]).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("reports").execute();
}

import { sql, type Kysely } from "kysely";

/**
 * Reports count per client (a salted hash of the address) and day instead of per browser token; the
 * salts, the rate-limit windows and the daily aggregates of folded reports move into the database, so
 * every instance on one database shares them. Rows from before keep their token as their client: there
 * was no address to derive one from.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("reports").renameColumn("client_hash", "token_hash").execute();
  await db.schema.alterTable("reports").dropConstraint("reports_channel_client_unique").execute();
  await db.schema.alterTable("reports").addColumn("day", "date").execute();
  await db.schema.alterTable("reports").addColumn("client_key", "text").execute();
  await db.schema.alterTable("reports").addColumn("hidden_at", "timestamptz").execute();
  await sql`update reports set day = (created_at at time zone 'UTC')::date, client_key = 'token:' || token_hash`.execute(
    db,
  );
  await sql`alter table reports alter column day set not null, alter column client_key set not null`.execute(db);
  await db.schema
    .alterTable("reports")
    .addUniqueConstraint("reports_channel_day_token_unique", ["channel", "day", "token_hash"])
    .execute();
  await db.schema.dropIndex("reports_channel_updated_idx").execute();
  await db.schema.createIndex("reports_channel_day_idx").on("reports").columns(["channel", "day"]).execute();
  await db.schema.createIndex("reports_client_idx").on("reports").column("client_key").execute();

  await db.schema
    .createTable("daily_salts")
    .addColumn("day", "date", (col) => col.primaryKey())
    .addColumn("salt", "text", (col) => col.notNull())
    .execute();
  await db.schema
    .createTable("rate_limits")
    .addColumn("key", "text", (col) => col.primaryKey())
    .addColumn("window_start", "timestamptz", (col) => col.notNull())
    .addColumn("count", "integer", (col) => col.notNull())
    .execute();
  await db.schema
    .createTable("report_days")
    .addColumn("channel", "text", (col) => col.notNull())
    .addColumn("day", "date", (col) => col.notNull())
    .addColumn("reached", "integer", (col) => col.notNull())
    .addColumn("failed", "integer", (col) => col.notNull())
    .addPrimaryKeyConstraint("report_days_pk", ["channel", "day"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("report_days").execute();
  await db.schema.dropTable("rate_limits").execute();
  await db.schema.dropTable("daily_salts").execute();
  await db.schema.dropIndex("reports_client_idx").execute();
  await db.schema.dropIndex("reports_channel_day_idx").execute();
  await db.schema.alterTable("reports").dropConstraint("reports_channel_day_token_unique").execute();
  await sql`delete from reports`.execute(db);
  await db.schema.alterTable("reports").dropColumn("hidden_at").dropColumn("client_key").dropColumn("day").execute();
  await db.schema.alterTable("reports").renameColumn("token_hash", "client_hash").execute();
  await db.schema
    .alterTable("reports")
    .addUniqueConstraint("reports_channel_client_unique", ["channel", "client_hash"])
    .execute();
  await db.schema.createIndex("reports_channel_updated_idx").on("reports").columns(["channel", "updated_at"]).execute();
}

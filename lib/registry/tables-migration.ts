import "server-only";
import type { ColumnBuilderCallback, CreateTableBuilder, Kysely, Migration } from "kysely";

type ColumnType = "text" | "integer" | "bigint" | "boolean" | "timestamptz" | "date";

const CONSTRAINTS = {
  "primary key": (c) => c.primaryKey(),
  "not null": (c) => c.notNull(),
  "not null unique": (c) => c.notNull().unique(),
} satisfies Record<string, ColumnBuilderCallback>;

type Constraint = keyof typeof CONSTRAINTS;

/**
 * A column as SQL declares it: its type alone when it may be null ("bigint"), or with one of the
 * constraints above ("text not null"); for anything rarer, its type and Kysely's builder.
 */
type ColumnSpec = ColumnType | `${ColumnType} ${Constraint}` | [ColumnType, ColumnBuilderCallback];

/** Constraints or indexes: each name with its columns. */
type NamedColumns = Record<string, string[]>;

interface TableSpec {
  columns: Record<string, ColumnSpec>;
  primaryKey?: NamedColumns;
  unique?: NamedColumns;
  uniqueIndexes?: NamedColumns;
  indexes?: NamedColumns;
}

/** Tables by name. Tables, columns and indexes are created in the order they are listed. */
type TableSpecs = Record<string, TableSpec>;

export async function createTables(db: Kysely<unknown>, tables: TableSpecs): Promise<void> {
  for (const [table, spec] of Object.entries(tables)) {
    await tableBuilder(db, table, spec).execute();
    for (const [index, columns] of Object.entries(spec.uniqueIndexes ?? {}))
      await db.schema.createIndex(index).unique().on(table).columns(columns).execute();
    for (const [index, columns] of Object.entries(spec.indexes ?? {}))
      await db.schema.createIndex(index).on(table).columns(columns).execute();
  }
}

function tableBuilder(db: Kysely<unknown>, table: string, spec: TableSpec): CreateTableBuilder<string, string> {
  let builder: CreateTableBuilder<string, string> = db.schema.createTable(table);
  for (const [column, columnSpec] of Object.entries(spec.columns)) builder = addColumn(builder, column, columnSpec);
  for (const [name, columns] of Object.entries(spec.primaryKey ?? {})) builder = builder.addPrimaryKeyConstraint(name, columns);
  for (const [name, columns] of Object.entries(spec.unique ?? {})) builder = builder.addUniqueConstraint(name, columns);
  return builder;
}

function addColumn(builder: CreateTableBuilder<string, string>, column: string, spec: ColumnSpec): CreateTableBuilder<string, string> {
  if (Array.isArray(spec)) return builder.addColumn(column, ...spec);
  const [type, ...constraint] = spec.split(" ") as [ColumnType, ...string[]];
  if (constraint.length === 0) return builder.addColumn(column, type);
  return builder.addColumn(column, type, CONSTRAINTS[constraint.join(" ") as Constraint]);
}

/** A migration that creates `tables` and whose `down` drops them, last first. */
export function tablesMigration(tables: TableSpecs): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await createTables(db, tables);
    },
    async down(db: Kysely<unknown>) {
      for (const table of Object.keys(tables).reverse()) await db.schema.dropTable(table).execute();
    },
  };
}

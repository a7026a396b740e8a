import "server-only";
import { OperationNodeTransformer, type DataTypeNode, type KyselyPlugin } from "kysely";

/**
 * The migrations name SQLite's `integer`, which holds 64 bits; PostgreSQL's holds 32, too few for
 * micro-USD budgets. On PostgreSQL the migrations run through this plugin, which makes every
 * `integer` column `bigint`, so a value fits in the same columns on both.
 */
export class PostgresIntegerPlugin implements KyselyPlugin {
  private readonly transformer = new IntegerAsBigint();

  transformQuery: KyselyPlugin["transformQuery"] = ({ node }) => this.transformer.transformNode(node);

  transformResult: KyselyPlugin["transformResult"] = async ({ result }) => result;
}

class IntegerAsBigint extends OperationNodeTransformer {
  protected override transformDataType(node: DataTypeNode): DataTypeNode {
    return node.dataType === "integer" ? { ...node, dataType: "bigint" } : node;
  }
}

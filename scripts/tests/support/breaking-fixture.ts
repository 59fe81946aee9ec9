// Test helper: a small OpenAPI document for the breaking-change rules, and edits of it by path.
import { parse } from "yaml";
import { compareSpecs, type Change } from "../../lib/breaking/compare.js";

// A document using what the real specs use: $refs to every component kind, allOf, oneOf with a
// discriminator, enums, a recursive schema, path- and operation-level parameters, root and
// per-operation security, `security: []`.
const FIXTURE = `
openapi: 3.1.0
info: { title: Fixture, version: 1.0.0 }
security:
  - bearer: []
paths:
  /health:
    get:
      operationId: health
      security: []
      responses:
        '200': { description: Up. }
  /items:
    get:
      operationId: listItems
      parameters:
        - $ref: '#/components/parameters/Limit'
        - name: sort
          in: query
          schema: { type: string, enum: [asc, desc] }
      responses:
        '200':
          description: A page.
          content:
            application/json:
              schema:
                type: object
                required: [data]
                properties:
                  data: { type: array, items: { $ref: '#/components/schemas/Item' } }
        '401': { $ref: '#/components/responses/Error' }
    post:
      operationId: createItem
      requestBody: { $ref: '#/components/requestBodies/NewItem' }
      responses:
        '201':
          description: Created.
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Created' }
        '400': { $ref: '#/components/responses/Error' }
  /items/{id}:
    parameters:
      - name: id
        in: path
        required: true
        schema: { type: string }
    get:
      operationId: getItem
      parameters:
        - name: X-Trace
          in: header
          schema: { type: string }
      responses:
        '200':
          description: The item.
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Item' }
        '404': { $ref: '#/components/responses/Error' }
components:
  securitySchemes:
    bearer: { type: http, scheme: bearer }
    apiKey: { type: apiKey, in: header, name: X-Api-Key }
  parameters:
    Limit:
      name: limit
      in: query
      required: false
      schema: { type: integer, minimum: 1 }
  requestBodies:
    NewItem:
      required: true
      content:
        application/json:
          schema: { $ref: '#/components/schemas/NewItem' }
  responses:
    Error:
      description: An error.
      content:
        application/json:
          schema: { $ref: '#/components/schemas/Error' }
  schemas:
    Base: { type: object, required: [id], properties: { id: { type: string } } }
    Item:
      allOf:
        - $ref: '#/components/schemas/Base'
        - type: object
          required: [name, status]
          properties:
            name: { type: string }
            status: { type: string, enum: [active, archived] }
            note: { type: string }
            owner:
              type: object
              required: [id]
              properties: { id: { type: string }, email: { type: string } }
            tags: { type: array, items: { type: string } }
            shape: { $ref: '#/components/schemas/Shape' }
            parent: { $ref: '#/components/schemas/Item' }
    NewItem:
      type: object
      additionalProperties: false
      required: [name]
      properties:
        name: { type: string }
        status: { type: string, enum: [active, archived] }
        owner: { type: object, properties: { email: { type: string } } }
        tags:
          type: array
          items: { type: object, required: [label], properties: { label: { type: string } } }
    Created: { type: object, required: [id], properties: { id: { type: string } } }
    Shape:
      oneOf:
        - $ref: '#/components/schemas/Circle'
        - $ref: '#/components/schemas/Square'
      discriminator: { propertyName: kind }
    Circle: { type: object, required: [kind, radius], properties: { kind: { const: circle }, radius: { type: number } } }
    Square: { type: object, required: [kind, side], properties: { kind: { const: square }, side: { type: number } } }
    Triangle: { type: object, required: [kind], properties: { kind: { const: triangle } } }
    Error: { type: object, required: [message], properties: { message: { type: string } } }
`;
export const BASE: unknown = parse(FIXTURE);

// --- editing the fixture by path ---------------------------------------------------------------

export type Path = Array<string | number>;
export type Mutation = (doc: unknown) => void;

function container(doc: unknown, path: Path): Record<string | number, unknown> {
  let node = doc;
  for (const key of path) node = (node as Record<string | number, unknown>)[key];
  if (node === null || typeof node !== "object") throw new Error(`fixture has no object at ${path.join("/")}`);
  return node as Record<string | number, unknown>;
}
export const set =
  (path: Path, value: unknown): Mutation =>
  (doc) => {
    container(doc, path.slice(0, -1))[path[path.length - 1] as string | number] = value;
  };
export const remove =
  (path: Path): Mutation =>
  (doc) => {
    const parent = container(doc, path.slice(0, -1));
    const key = path[path.length - 1] as string | number;
    if (!(key in parent)) throw new Error(`fixture has nothing at ${path.join("/")}`);
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  };
export const rename =
  (path: Path, from: string, to: string): Mutation =>
  (doc) => {
    const parent = container(doc, path);
    const entries = Object.entries(parent).map(([k, v]): [string, unknown] => [k === from ? to : k, v]);
    for (const key of Object.keys(parent)) delete parent[key];
    Object.assign(parent, Object.fromEntries(entries));
  };
export function variant(...mutations: Mutation[]): unknown {
  const doc: unknown = structuredClone(BASE);
  for (const mutate of mutations) mutate(doc);
  return doc;
}

export const B = "breaking" as const;
export const N = "non-breaking" as const;
export type Expected = Omit<Change, "message">;
export const shape = (changes: Change[]): Expected[] =>
  changes.map(({ severity, operation, location, rule }) =>
    operation === undefined ? { severity, location, rule } : { severity, operation, location, rule },
  );
/** The changes between two variants, without messages, optionally of one operation only. */
export const diff = (base: unknown, head: unknown, operation?: string): Expected[] =>
  shape(compareSpecs(base, head).filter((c) => operation === undefined || c.operation === operation));

export const LIST = ["paths", "/items", "get"];
export const CREATE = ["paths", "/items", "post"];
export const GET = ["paths", "/items/{id}", "get"];
export const ITEM = ["components", "schemas", "Item", "allOf", 1];
export const NEW_ITEM = ["components", "schemas", "NewItem"];
export const REQUEST = "requestBody/content/application~1json/schema";
export const RESPONSE = "responses/200/content/application~1json/schema";

// Checks FollowTheMoney JSONL entities against FtM's own model
// (@alephdata/followthemoney): every schema exists and is not abstract,
// every property belongs to its schema, entity references point at
// entities in the file whose schema fits the property's range, and
// country, date and url values have the type's form. Usage: node ftm.js FILE
"use strict";
const fs = require("fs");
const { Model, defaultModel } = require("@alephdata/followthemoney");

const model = new Model(defaultModel);
const countries = new Set(Object.keys(defaultModel.types.country.values || {}));
const lines = fs.readFileSync(process.argv[2], "utf8").split("\n").filter(Boolean);
const byId = new Map();
const entities = lines.map((l, i) => {
  const raw = JSON.parse(l);
  if (byId.has(raw.id)) throw new Error(`line ${i + 1}: duplicate id ${raw.id}`);
  const schema = model.getSchema(raw.schema); // throws on an unknown schema
  if (schema.abstract) throw new Error(`line ${i + 1}: abstract schema ${raw.schema}`);
  const entity = model.getEntity(raw);
  byId.set(raw.id, entity);
  return { raw, entity, line: i + 1 };
});
const problems = [];
for (const { raw, entity, line } of entities) {
  for (const [name, values] of Object.entries(raw.properties)) {
    if (!entity.schema.hasProperty(name)) {
      problems.push(`line ${line}: ${raw.schema} has no property ${name}`);
      continue;
    }
    const prop = entity.schema.getProperty(name);
    for (const v of values) {
      const type = prop.type.name;
      if (type === "entity") {
        const target = byId.get(v);
        if (!target) problems.push(`line ${line}: ${name} -> unknown entity ${v}`);
        else if (prop.range && !target.schema.isA(prop.getRange())) {
          problems.push(`line ${line}: ${name} -> ${target.schema.name}, want a ${prop.getRange().name}`);
        }
      } else if (type === "country" && countries.size && !countries.has(v)) {
        problems.push(`line ${line}: ${name} = ${v} is not an FtM country code`);
      } else if (type === "date" && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v)) {
        problems.push(`line ${line}: ${name} = ${v} is not an FtM date`);
      } else if (type === "url" && !/^https?:\/\//.test(v)) {
        problems.push(`line ${line}: ${name} = ${v} is not a URL`);
      }
    }
  }
}
if (problems.length) {
  console.error(problems.join("\n"));
  process.exit(1);
}
const counts = {};
for (const { raw } of entities) counts[raw.schema] = (counts[raw.schema] || 0) + 1;
console.log(`followthemoney model accepted ${entities.length} entities`, JSON.stringify(counts));

// Validates Accord's OpenAPI document with an independent validator (@apidevtools/swagger-parser): the schema of
// the OpenAPI version it declares, and that every $ref resolves. Run by ConformanceTest.
// usage: node openapi.check.mjs openapi.json
import SwaggerParser from "@apidevtools/swagger-parser";

const file = process.argv[2];
try {
    const api = await SwaggerParser.validate(file);
    console.log(`valid OpenAPI ${api.openapi}: ${api.info.title} ${api.info.version}, ${Object.keys(api.paths).length} paths`);
} catch (e) {
    console.error(`invalid: ${e.message}`);
    process.exit(1);
}

/**
 * What a structured report (.yaml/.yml/.json) is called, apart from its reader: naming them loads no YAML parser
 * or schema.
 */
export const STRUCTURED_EXTENSIONS = ['.yaml', '.yml', '.json'];

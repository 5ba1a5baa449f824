/** How an answers file says "does not apply to my role". Apart from the schema, so the quick reader needs no zod. */
export const NOT_APPLICABLE = /^na$/i;

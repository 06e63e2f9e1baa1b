import { catalogRewriter } from './localised-catalogs';
import { POSTGRES_CATALOG_MESSAGES } from './localised-postgres-messages';

/**
 * PostgreSQL prints its messages in the server's lc_messages, psql and libpq in the client's locale: "FEHLER:
 * Operator existiert nicht: integer = text", "致命错误:  对用户\"postgres\"的对等认证失败". rules/localised.ts has
 * the common ones written by hand; this adds the catalogs' wordings of the others behind the SQL knowledge,
 * keeping the names they quote.
 *
 * Cost: one test for PostgreSQL's context, one for any translation's longest word; then a substring test per
 * translation, and only a translation whose word is in the text runs its regular expression (bounded captures).
 */

// Run after the severity words are English: a server message's "ERROR:"/"FATAL:", or psql, libpq, a driver.
const NAMED = /\b(?:ERROR|FATAL|PANIC|DETAIL)\s?:|psql|postgres|PSQLException|SQLSTATE|libpq|\bpg[_:]/i;

/** The text with PostgreSQL's localised messages in English; other text unchanged. */
export const delocalisePostgres: (text: string) => string = catalogRewriter(POSTGRES_CATALOG_MESSAGES, NAMED);

// Xish ("xx"), an invented language defined only here: proof that a language is one folder holding one
// LanguagePack. Every word is made up ("lo polizio vordat ke dua homoj sa mortigat" = the police said two people were killed).
import type { LanguagePack } from "../../../src/lang/types.js";
import tokens from "./tokens.js";
import article from "./article.js";
import time from "./time.js";
import entities from "./entities.js";
import figures from "./figures.js";
import claims from "./claims.js";
import events from "./events.js";
import situation from "./situation.js";
import lemma from "./lemma.js";
import syntax from "./syntax.js";

const pack: LanguagePack = { code: "xx", name: "Xish", tokens, article, time, entities, figures, claims, events, situation, lemma, syntax };
export default pack;

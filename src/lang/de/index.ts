// The German language pack: every concern's data and the grammar hooks, as one LanguagePack.
import type { LanguagePack } from "../types.js";
import tokens from "./tokens.js";
import article from "./article.js";
import time from "./time.js";
import entities from "./entities.js";
import figures from "./figures.js";
import claims from "./claims.js";
import events from "./events.js";
import situation from "./situation.js";
import lemma from "./lemma.js";
import parse from "./parse.js";
import syntax from "./syntax.js";

const pack: LanguagePack = { code: "de", name: "German", tokens, article, time, entities, figures, claims, events, situation, lemma, parse, syntax };
export default pack;

/**
 * Chinese text functions for search: normalising what a visitor typed, splitting it into words, dropping
 * question and filler words, the veterans-affairs vocabulary, intent, numbers written in hanzi, and pinyin.
 * Pure functions over HanLP's tables and our vocabulary file: no SQL, no JavaFX, no I/O beyond loading them.
 */
package org.hallkiosk.text;

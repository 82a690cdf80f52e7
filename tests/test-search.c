/* test-search.c: search keys (case, accents, other scripts), queries
 * that match as a facilitator expects, and #tags in a captured line.
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ch-search.h"

static gboolean
matches (const char *text,
         const char *query)
{
  g_autofree char *key = ch_search_key_new (text);
  g_auto(GStrv) words = ch_search_query_new (query);

  return ch_search_key_matches (key, (const char * const *)words);
}

static void
test_keys (void)
{
  const struct { const char *text; const char *key; } cases[] = {
    { "Remember the CARD", "remember the card" },
    { "Café crème", "cafe creme" },
    { "  Größe\t\nund  Übersicht ", "grosse und ubersicht" },
    { "ﬁle ﬂow", "file flow" },
    { "Ελληνικά", "ελληνικα" },
    { "Поиск", "поиск" },
    { "日本語のテキスト", "日本語のテキスト" },
    { "", "" },
    { NULL, "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *key = ch_search_key_new (cases[i].text);

      g_assert_cmpstr (key, ==, cases[i].key);
    }
}

static void
test_matching (void)
{
  g_assert_true (matches ("Remember the card on this device", "card rem"));
  g_assert_true (matches ("Remember the card on this device", "CARD"));
  g_assert_true (matches ("Café au lait", "cafe"));
  g_assert_true (matches ("Cafe au lait", "café"));
  g_assert_true (matches ("Straße & Hausnummer", "STRASSE"));
  g_assert_true (matches ("Показывать статус заказа", "СТАТУС"));
  g_assert_true (matches ("ワンクリック購入", "クリック"));
  g_assert_true (matches ("anything", ""));
  g_assert_true (matches ("anything", "   "));
  g_assert_false (matches ("Remember the card", "wallet"));
  g_assert_false (matches ("Remember the card", "card wallet"));
}

static void
test_capture_tags (void)
{
  g_auto(GStrv) tags = NULL;
  g_autofree char *title = NULL;

  title = ch_capture_parse ("Pay by #invoice at the #office-desk, #invoice again", &tags);
  g_assert_cmpstr (title, ==, "Pay by invoice at the office-desk, invoice again");
  g_assert_cmpuint (g_strv_length (tags), ==, 2);
  g_assert_cmpstr (tags[0], ==, "invoice");
  g_assert_cmpstr (tags[1], ==, "office-desk");
  g_clear_pointer (&tags, g_strfreev);
  g_clear_pointer (&title, g_free);

  /* Not tags: a lone '#', one inside a word, a number sign before a space. */
  title = ch_capture_parse ("Issue#12 costs 5 # each and C# #", &tags);
  g_assert_cmpstr (title, ==, "Issue#12 costs 5 # each and C# #");
  g_assert_null (tags);
  g_clear_pointer (&title, g_free);

  title = ch_capture_parse ("#Zahlung mit #Überweisung", &tags);
  g_assert_cmpstr (title, ==, "Zahlung mit Überweisung");
  g_assert_cmpstr (tags[0], ==, "Zahlung");
  g_assert_cmpstr (tags[1], ==, "Überweisung");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ch/search/keys", test_keys);
  g_test_add_func ("/ch/search/matching", test_matching);
  g_test_add_func ("/ch/search/capture-tags", test_capture_tags);

  return g_test_run ();
}

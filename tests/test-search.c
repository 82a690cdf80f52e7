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

/* The key as made before ASCII had its own path: the whole text
 * decomposed and folded, character by character. */
static char *
reference_key_new (const char *text)
{
  g_autofree char *decomposed = g_utf8_normalize (text, -1, G_NORMALIZE_NFKD);
  g_autofree char *folded = g_utf8_casefold (decomposed, -1);
  GString *key = g_string_new (NULL);
  gboolean space = TRUE;

  for (const char *p = folded; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      GUnicodeType type = g_unichar_type (c);

      if (type == G_UNICODE_NON_SPACING_MARK || type == G_UNICODE_ENCLOSING_MARK ||
          type == G_UNICODE_SPACING_MARK)
        continue;

      if (g_unichar_isspace (c))
        {
          if (!space)
            g_string_append_c (key, ' ');
          space = TRUE;
          continue;
        }

      g_string_append_unichar (key, c);
      space = FALSE;
    }

  if (key->len > 0 && key->str[key->len - 1] == ' ')
    g_string_truncate (key, key->len - 1);

  return g_string_free (key, FALSE);
}

/* ASCII runs are lowered, other runs decomposed and folded: the same key
 * as folding the whole text, wherever the runs meet. */
static void
test_keys_by_runs (void)
{
  const char *texts[] = {
    "Plain ASCII, with PUNCTUATION! and 123",
    "e\xcc\x81" "cole",                  /* "e" then a combining acute */
    "Cafe\xcc\x81 CRE\xcc\x80ME",
    "non\xc2\xa0" "breaking\xe2\x80\x83spaces",
    "\xef\xac\x81ne \xe2\x85\xab O\xcc\x88L",  /* ligature, Roman twelve, O + diaeresis */
    "\xc4\xb0stanbul \xe1\xbe\xb3 \xce\xb1\xcd\x85\xcc\x81",
    "\t lead and trail \n\r\f ",
    "Stra\xc3\x9f" "e \xc3\x98re\xc3\xb8",
    "\xe2\x91\xa0\xe2\x91\xa1 \xef\xbc\xa6\xef\xbd\x95\xef\xbd\x8c\xef\xbd\x8c",
    "ctrl\x01char \x7f",
  };
  const char *pool[] = {
    "a", "Z", " ", "\t", "\n", "-", "#", "\xc3\xa9", "\xc3\x89", "\xcc\x81", "\xcc\xa7",
    "\xc2\xa0", "\xef\xac\x81", "\xc3\x9f", "\xce\xa3", "\xcf\x82", "\xe2\x85\xab",
    "\xe6\x97\xa5", "\xd0\x9f", "\xe1\xbe\xb3", "\xcd\x85",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *key = ch_search_key_new (texts[i]);
      g_autofree char *expected = reference_key_new (texts[i]);

      g_assert_cmpstr (key, ==, expected);
    }

  /* Random texts of the characters that matter. */
  for (guint i = 0; i < 2000; i++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      g_autofree char *key = NULL;
      g_autofree char *expected = NULL;
      guint length = g_test_rand_int_range (0, 12);

      for (guint j = 0; j < length; j++)
        g_string_append (text, pool[g_test_rand_int_range (0, G_N_ELEMENTS (pool))]);

      key = ch_search_key_new (text->str);
      expected = reference_key_new (text->str);
      g_assert_cmpstr (key, ==, expected);
    }

  /* Not UTF-8: nothing to match. */
  {
    g_autofree char *key = ch_search_key_new ("caf\xe9");

    g_assert_cmpstr (key, ==, "");
  }
}

/* Several texts in one key, a space between them and none for a text
 * without a key. */
static void
test_key_append (void)
{
  g_autoptr(GString) key = g_string_new (NULL);

  ch_search_key_append (key, "  ");
  ch_search_key_append (key, "Remember the CARD ");
  ch_search_key_append (key, NULL);
  ch_search_key_append (key, "");
  ch_search_key_append (key, " \t");
  ch_search_key_append (key, "Café");
  ch_search_key_append (key, "office-desk");
  g_assert_cmpstr (key->str, ==, "remember the card cafe office-desk");
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
  g_test_add_func ("/ch/search/keys-by-runs", test_keys_by_runs);
  g_test_add_func ("/ch/search/key-append", test_key_append);
  g_test_add_func ("/ch/search/matching", test_matching);
  g_test_add_func ("/ch/search/capture-tags", test_capture_tags);

  return g_test_run ();
}

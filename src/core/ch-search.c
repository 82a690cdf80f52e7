/* ch-search.c
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ch-search"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ch-search.h"

/* Appends the key of @length bytes of text that are not ASCII, as
 * ch_search_key_new() does for all: decomposed, folded, marks dropped. */
static void
append_folded (GString    *key,
               const char *text,
               gssize      length,
               gboolean   *space)
{
  g_autofree char *decomposed = NULL;
  g_autofree char *folded = NULL;

  /* Compatibility decomposition splits "é" into "e" and its accent and
   * unifies forms such as ligatures; folding then ignores case. */
  decomposed = g_utf8_normalize (text, length, G_NORMALIZE_NFKD);
  g_assert (decomposed != NULL);
  folded = g_utf8_casefold (decomposed, -1);

  for (const char *p = folded; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      GUnicodeType type = g_unichar_type (c);

      /* Accents and other combining marks go. */
      if (type == G_UNICODE_NON_SPACING_MARK || type == G_UNICODE_ENCLOSING_MARK ||
          type == G_UNICODE_SPACING_MARK)
        continue;

      if (g_unichar_isspace (c))
        {
          if (!*space)
            g_string_append_c (key, ' ');
          *space = TRUE;
          continue;
        }

      g_string_append_unichar (key, c);
      *space = FALSE;
    }
}

/**
 * ch_search_key_append:
 * @key: a search key being made
 * @text: (nullable): a text to add to it
 *
 * Appends the key of @text to @key, a space between them: the key of an
 * idea's title, description and tags is made this way, in one string
 * that no query word (which has no spaces) matches across two texts.
 */
void
ch_search_key_append (GString    *key,
                      const char *text)
{
  gboolean space = TRUE;
  gsize start = key->len;

  g_return_if_fail (key != NULL);

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return;

  if (key->len > 0)
    g_string_append_c (key, ' ');

  /* Most of what a workshop writes is ASCII, whose key is the text in
   * lower case: only the runs of other characters are decomposed and
   * folded. A character's key does not depend on its neighbours (marks
   * that canonical ordering would move are dropped), so the key is that
   * of the whole text. */
  for (const char *p = text; *p != '\0';)
    {
      if ((guchar) *p >= 0x80)
        {
          const char *end = p + 1;

          while ((guchar) *end >= 0x80)
            end++;
          append_folded (key, p, end - p, &space);
          p = end;
          continue;
        }

      /* The ASCII white space of g_unichar_isspace(). */
      if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f')
        {
          if (!space)
            g_string_append_c (key, ' ');
          space = TRUE;
        }
      else
        {
          g_string_append_c (key, g_ascii_tolower (*p));
          space = FALSE;
        }
      p++;
    }

  if (key->len > start && key->str[key->len - 1] == ' ')
    g_string_truncate (key, key->len - 1);
}

/**
 * ch_search_key_new:
 * @text: (nullable): any text
 *
 * Returns: (transfer full): @text as a search key; "" for %NULL
 */
char *
ch_search_key_new (const char *text)
{
  GString *key = g_string_sized_new (text != NULL ? strlen (text) : 0);

  ch_search_key_append (key, text);

  return g_string_free (key, FALSE);
}

/**
 * ch_search_query_new:
 * @text: what was typed in the search bar
 *
 * Returns: (transfer full): the words of @text as search keys, for
 *   ch_search_key_matches(); an empty array for nothing but spaces
 */
char **
ch_search_query_new (const char *text)
{
  g_autofree char *key = ch_search_key_new (text);

  if (*key == '\0')
    return g_new0 (char *, 1);

  return g_strsplit (key, " ", -1);
}

/**
 * ch_search_key_matches:
 * @key: a text's search key
 * @query: the words of a query (ch_search_query_new())
 *
 * Whether every word of @query is in @key, anywhere and in any order:
 * "card rem" finds "Remember the card". An empty query matches all.
 */
gboolean
ch_search_key_matches (const char         *key,
                       const char * const *query)
{
  g_return_val_if_fail (key != NULL, FALSE);
  g_return_val_if_fail (query != NULL, FALSE);

  for (guint i = 0; query[i] != NULL; i++)
    if (strstr (key, query[i]) == NULL)
      return FALSE;

  return TRUE;
}

static gboolean
is_tag_char (gunichar c)
{
  return g_unichar_isalnum (c) || c == '-' || c == '_';
}

/**
 * ch_capture_parse:
 * @text: a line typed in the capture bar
 * @tags: (out) (transfer full) (nullable): the tags found, or %NULL
 *
 * Returns: (transfer full): the idea's title
 */
char *
ch_capture_parse (const char   *text,
                  char       ***tags)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  GString *title = g_string_new (NULL);
  const char *p = text;

  g_return_val_if_fail (text != NULL, NULL);

  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char (p);
      const char *next = g_utf8_next_char (p);

      /* A '#' that starts a word and is followed by a word: a tag. */
      if (c == '#' && (p == text || g_unichar_isspace (g_utf8_get_char (g_utf8_prev_char (p)))) &&
          *next != '\0' && is_tag_char (g_utf8_get_char (next)))
        {
          const char *end = next;
          g_autofree char *tag = NULL;

          while (*end != '\0' && is_tag_char (g_utf8_get_char (end)))
            end = g_utf8_next_char (end);

          tag = g_strndup (next, end - next);
          g_string_append_len (title, next, end - next);
          if (!g_ptr_array_find_with_equal_func (found, tag, g_str_equal, NULL))
            g_ptr_array_add (found, g_steal_pointer (&tag));

          p = end;
          continue;
        }

      g_string_append_len (title, p, next - p);
      p = next;
    }

  if (found->len > 0)
    {
      g_ptr_array_add (found, NULL);
      *tags = (char **)g_ptr_array_steal (found, NULL);
    }
  else
    *tags = NULL;

  return g_string_free (title, FALSE);
}

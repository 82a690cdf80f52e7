/* test-i18n.c: switching LANGUAGE shows the translation: the German
 * catalogue built from po/de.po is found in the build tree and the core's
 * strings (enum labels, plural forms, store errors) come out in German.
 *
 * No display and no installed files: the test binds the text domain to
 * the .mo files that meson's i18n.gettext() writes into <build>/po.
 *
 * glibc ignores LANGUAGE when the locale is exactly "C" or "POSIX", but
 * not when it is "C.UTF-8", which glibc 2.35+ (Debian 12 has 2.36) has
 * built in; so LC_ALL=C.UTF-8 LANGUAGE=de needs no locale package.
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>
#include <glib/gi18n.h>
#include <glib-object.h>

#include "ch-enums.h"
#include "ch-project.h"
#include "ch-test-helpers.h"

#ifndef TEST_LOCALEDIR
#error "TEST_LOCALEDIR must name the build tree's po directory"
#endif

/* Why the tests below are skipped, or NULL when a locale was set up. */
static const char *no_locale_reason = NULL;

static gboolean
skip_without_locale (void)
{
  if (no_locale_reason == NULL)
    return FALSE;

  g_test_skip (no_locale_reason);
  return TRUE;
}

static const char *
localedir (void)
{
  const char *dir = g_getenv ("CHARRETTE_TEST_LOCALEDIR");

  return dir != NULL && *dir != '\0' ? dir : TEST_LOCALEDIR;
}

static void
test_catalogue_built (void)
{
  g_autofree char *mo = g_build_filename (localedir (), "de", "LC_MESSAGES",
                                          GETTEXT_PACKAGE ".mo", NULL);

  if (!g_file_test (mo, G_FILE_TEST_IS_REGULAR))
    g_test_fail_printf ("%s is missing: po/de.po was not compiled", mo);
}

static void
test_enum_labels (void)
{
  if (skip_without_locale ())
    return;

  /* With a message context (C_() in ch-enums.c). */
  g_assert_cmpstr (ch_idea_status_to_label (CH_IDEA_STATUS_NEW), ==, "Neu");
  g_assert_cmpstr (ch_idea_status_to_label (CH_IDEA_STATUS_PARKED), ==, "Zurückgestellt");
  g_assert_cmpstr (ch_idea_status_to_label (CH_IDEA_STATUS_DONE), ==, "Erledigt");

  g_assert_cmpstr (ch_persona_kind_to_label (CH_PERSONA_KIND_EXTERNAL), ==, "Externe Kundschaft");
  g_assert_cmpstr (ch_persona_kind_to_label (CH_PERSONA_KIND_INTERNAL), ==, "Interne Kundschaft");

  g_assert_cmpstr (ch_participant_kind_to_label (CH_PARTICIPANT_KIND_FACILITATOR), ==, "Moderierende");
  g_assert_cmpstr (ch_participant_role_to_label (CH_PARTICIPANT_ROLE_CO_CREATOR), ==, "Mitgestaltende");
}

static void
test_plural_forms (void)
{
  if (skip_without_locale ())
    return;

  /* The catalogue's Plural-Forms header is read: one form for 1, another
   * for 0 and 2. */
  g_assert_cmpstr (ngettext ("%u idea", "%u ideas", 1), ==, "%u Idee");
  g_assert_cmpstr (ngettext ("%u idea", "%u ideas", 0), ==, "%u Ideen");
  g_assert_cmpstr (ngettext ("%u idea", "%u ideas", 2), ==, "%u Ideen");
}

static void
test_store_error (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ChProject) project = NULL;
  const char *text = "These are my workshop notes, not a Charrette project. "
                     "They are long enough to fill the header that the store reads.\n";

  if (skip_without_locale ())
    return;

  dir = ch_test_dir_new ();
  path = g_build_filename (dir, "notes.txt", NULL);
  ch_test_write_bytes (path, text, strlen (text));

  project = ch_project_open (path, &error);
  g_assert_null (project);
  g_assert_nonnull (error);
  g_test_message ("ch_project_open: %s", error->message);

  /* German, with German quotes around the file's name. */
  g_assert_nonnull (strstr (error->message, "„notes.txt“"));
  g_assert_nonnull (strstr (error->message, "kein Charrette-Projekt"));
  g_assert_null (strstr (error->message, "is not"));

  g_clear_error (&error);
  ch_test_dir_free (g_steal_pointer (&dir));
}

static void
set_up_locale (void)
{
  /* Candidates in order: C.UTF-8 is built into glibc, de_DE.UTF-8 only
   * exists where the locales package generated it. */
  static const char * const candidates[] = { "C.UTF-8", "C.utf8", "de_DE.UTF-8", NULL };

  g_setenv ("LANGUAGE", "de", TRUE);
  g_unsetenv ("LC_MESSAGES");
  g_unsetenv ("LANG");

  for (guint i = 0; candidates[i] != NULL; i++)
    {
      const char *set;

      g_setenv ("LC_ALL", candidates[i], TRUE);
      set = setlocale (LC_ALL, "");
      if (set != NULL && strcmp (set, "C") != 0 && strcmp (set, "POSIX") != 0)
        {
          g_test_message ("locale %s, LANGUAGE=de, catalogues in %s", set, localedir ());
          return;
        }
    }

  setlocale (LC_ALL, "C");
  no_locale_reason = "no locale but C on this system (neither C.UTF-8 nor de_DE.UTF-8): "
                     "glibc ignores LANGUAGE in the C locale";
}

int
main (int   argc,
      char *argv[])
{
  set_up_locale ();

  bindtextdomain (GETTEXT_PACKAGE, localedir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/i18n/catalogue-built", test_catalogue_built);
  g_test_add_func ("/i18n/enum-labels", test_enum_labels);
  g_test_add_func ("/i18n/plural-forms", test_plural_forms);
  g_test_add_func ("/i18n/store-error", test_store_error);

  return g_test_run ();
}

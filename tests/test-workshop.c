/* test-workshop.c: the workshop file: a lossless, deterministic round
 * trip, merging by id, and every hostile or broken file refused whole.
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "ch-project.h"
#include "ch-store.h"
#include "ch-test-helpers.h"
#include "ch-transfer.h"
#include "ch-workshop.h"

typedef struct
{
  char      *dir;
  char      *path;
  ChProject *project;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = ch_test_dir_new ();
  f->path = g_build_filename (f->dir, "project.charrette", NULL);
  f->project = ch_project_create (f->path, "Project", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->project);
  g_free (f->path);
  ch_test_dir_free (f->dir);
}

static char *
fixture_path (const char *kind,
              const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "workshops", kind, name, NULL);
}

static gboolean
transfer (ChProject       *project,
          const char      *path,
          ChTransferKind   kind,
          char           **description,
          GError         **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(ChTransfer) transfer = ch_transfer_new (project, file, kind);
  gboolean ok = ch_transfer_run (transfer, NULL, error);

  if (ok && description != NULL)
    *description = ch_transfer_describe (transfer);

  return ok;
}

static ChProject *
import_new (const char *dir,
            const char *name,
            const char *source)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, name, NULL);
  ChProject *project = ch_project_create (path, "Importing", &error);

  g_assert_no_error (error);
  transfer (project, source, CH_TRANSFER_IMPORT_NEW, NULL, &error);
  g_assert_no_error (error);

  return project;
}

static char *
export_to (ChProject  *project,
           const char *dir,
           const char *name)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);

  transfer (project, path, CH_TRANSFER_EXPORT_XML, NULL, &error);
  g_assert_no_error (error);

  return path;
}

/* Every readable property of two entities, compared by value. */
static void
assert_entities_equal (ChEntity *a,
                       ChEntity *b)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;

  g_assert_true (G_OBJECT_TYPE (a) == G_OBJECT_TYPE (b));
  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (a), &n_pspecs);

  for (guint i = 0; i < n_pspecs; i++)
    {
      g_auto(GValue) va = G_VALUE_INIT;
      g_auto(GValue) vb = G_VALUE_INIT;
      const char *name = pspecs[i]->name;

      g_value_init (&va, pspecs[i]->value_type);
      g_value_init (&vb, pspecs[i]->value_type);
      g_object_get_property (G_OBJECT (a), name, &va);
      g_object_get_property (G_OBJECT (b), name, &vb);

      if (pspecs[i]->value_type == G_TYPE_STRV)
        {
          const char * const empty[] = { NULL };
          const char * const *sa = g_value_get_boxed (&va);
          const char * const *sb = g_value_get_boxed (&vb);

          g_assert_true (g_strv_equal (sa ? sa : empty, sb ? sb : empty));
        }
      else if (g_str_equal (name, "contributors"))
        {
          GPtrArray *ca = g_value_get_boxed (&va);
          GPtrArray *cb = g_value_get_boxed (&vb);

          g_assert_cmpuint (ca ? ca->len : 0, ==, cb ? cb->len : 0);
          for (guint j = 0; ca != NULL && j < ca->len; j++)
            {
              ChContributor *x = g_ptr_array_index (ca, j);
              ChContributor *y = g_ptr_array_index (cb, j);

              g_assert_cmpstr (x->participant_id, ==, y->participant_id);
              g_assert_cmpstr (x->informed, ==, y->informed);
            }
        }
      else if (g_str_equal (name, "votes"))
        {
          GPtrArray *ca = g_value_get_boxed (&va);
          GPtrArray *cb = g_value_get_boxed (&vb);

          g_assert_cmpuint (ca ? ca->len : 0, ==, cb ? cb->len : 0);
          for (guint j = 0; ca != NULL && j < ca->len; j++)
            {
              ChVote *x = g_ptr_array_index (ca, j);
              ChVote *y = g_ptr_array_index (cb, j);

              g_assert_cmpstr (x->participant_id, ==, y->participant_id);
              g_assert_cmpint (x->dots, ==, y->dots);
            }
        }
      else if (g_param_values_cmp (pspecs[i], &va, &vb) != 0)
        {
          g_autofree char *sa = g_strdup_value_contents (&va);
          g_autofree char *sb = g_strdup_value_contents (&vb);

          g_error ("%s %s: %s differs: %s / %s", G_OBJECT_TYPE_NAME (a),
                   ch_entity_get_id (a), name, sa, sb);
        }
    }
}

static void
assert_projects_equal (ChProject *a,
                       ChProject *b)
{
  GListModel *lists_a[] = {
    ch_project_get_sessions (a), ch_project_get_personas (a), ch_project_get_participants (a),
    ch_project_get_clusters (a), ch_project_get_ideas (a),
  };

  g_assert_cmpstr (ch_project_get_id (a), ==, ch_project_get_id (b));
  g_assert_cmpstr (ch_project_get_title (a), ==, ch_project_get_title (b));
  g_assert_cmpstr (ch_project_get_description (a), ==, ch_project_get_description (b));
  g_assert_cmpint (ch_project_get_created (a), ==, ch_project_get_created (b));
  g_assert_cmpint (ch_project_get_modified (a), ==, ch_project_get_modified (b));

  for (guint l = 0; l < G_N_ELEMENTS (lists_a); l++)
    {
      guint n = g_list_model_get_n_items (lists_a[l]);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(ChEntity) ea = g_list_model_get_item (lists_a[l], i);
          ChEntity *eb = ch_project_lookup (b, G_OBJECT_TYPE (ea), ch_entity_get_id (ea));

          g_assert_nonnull (eb);
          assert_entities_equal (ea, eb);
        }
    }

  g_assert_cmpuint (g_list_model_get_n_items (ch_project_get_ideas (a)), ==,
                    g_list_model_get_n_items (ch_project_get_ideas (b)));
  g_assert_cmpuint (g_list_model_get_n_items (ch_project_get_personas (a)), ==,
                    g_list_model_get_n_items (ch_project_get_personas (b)));
  g_assert_cmpuint (g_list_model_get_n_items (ch_project_get_participants (a)), ==,
                    g_list_model_get_n_items (ch_project_get_participants (b)));
  g_assert_cmpuint (g_list_model_get_n_items (ch_project_get_clusters (a)), ==,
                    g_list_model_get_n_items (ch_project_get_clusters (b)));
  g_assert_cmpuint (g_list_model_get_n_items (ch_project_get_sessions (a)), ==,
                    g_list_model_get_n_items (ch_project_get_sessions (b)));
}

static void
assert_schema_accepts (const char *path)
{
  const char *xmllint = g_getenv ("XMLLINT");
  g_autofree char *xsd = g_test_build_filename (G_TEST_DIST, "..", "data", "workshop-1.xsd", NULL);
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;
  const char *argv[] = { xmllint, "--nonet", "--noout", "--schema", xsd, path, NULL };

  if (xmllint == NULL || *xmllint == '\0')
    {
      g_test_message ("xmllint not found: the export is not checked against the schema");
      return;
    }

  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                NULL, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("xmllint refuses %s: %s", path, err);
}

static void
test_round_trip (void)
{
  g_autofree char *dir = ch_test_dir_new ();
  g_autofree char *full = fixture_path ("good", "full.charrette.xml");
  g_autoptr(ChProject) first = import_new (dir, "first.charrette", full);
  g_autofree char *export_a = export_to (first, dir, "a.charrette.xml");
  g_autoptr(ChProject) second = import_new (dir, "second.charrette", export_a);
  g_autofree char *export_b = export_to (second, dir, "b.charrette.xml");
  g_autofree char *export_c = export_to (second, dir, "c.charrette.xml");
  g_autoptr(GBytes) a = ch_test_read_bytes (export_a);
  g_autoptr(GBytes) b = ch_test_read_bytes (export_b);
  g_autoptr(GBytes) c = ch_test_read_bytes (export_c);
  g_autoptr(ChProject) reopened = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *second_path = g_strdup (ch_project_get_path (second));

  /* Field by field, and byte for byte on the way out. */
  assert_projects_equal (first, second);
  g_assert_true (g_bytes_equal (a, b));
  g_assert_true (g_bytes_equal (b, c));
  assert_schema_accepts (export_a);

  /* The file itself, not only the objects, holds it. */
  ch_project_close (second);
  reopened = ch_project_open (second_path, &error);
  g_assert_no_error (error);
  assert_projects_equal (first, reopened);

  /* Every enum value, every script and the white space came through. */
  {
    GListModel *ideas = ch_project_get_ideas (first);
    gboolean found_space = FALSE, found_escapes = FALSE, found_scripts = FALSE;

    g_assert_cmpuint (g_list_model_get_n_items (ideas), >=, 5);
    for (guint i = 0; i < g_list_model_get_n_items (ideas); i++)
      {
        g_autoptr(ChIdea) idea = g_list_model_get_item (ideas, i);
        const char *title = ch_idea_get_title (idea);
        const char *description = ch_idea_get_description (idea);
        g_autofree char *all = g_strconcat (title, description ? description : "", NULL);

        found_space |= strchr (all, '\n') != NULL;
        found_scripts |= !g_str_is_ascii (all);
      }
    g_assert_true (found_space);
    g_assert_true (g_str_has_prefix (ch_project_get_description (first), "  "));
    for (guint i = 0; i < g_list_model_get_n_items (ch_project_get_participants (first)); i++)
      {
        g_autoptr(ChParticipant) participant =
          g_list_model_get_item (ch_project_get_participants (first), i);

        found_escapes |= g_strcmp0 (ch_participant_get_organisation (participant),
                                    "<Legal> & \"Compliance\"") == 0;
      }
    g_assert_true (found_escapes);
    g_assert_true (found_scripts);
  }

  ch_test_dir_free (g_steal_pointer (&dir));
}

static void
test_good_files (void)
{
  const char *names[] = {
    "minimal.charrette.xml", "empty-sections.charrette.xml", "defaults.charrette.xml",
    "other-writer.charrette.xml",
  };
  g_autofree char *dir = ch_test_dir_new ();

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = fixture_path ("good", names[i]);
      g_autofree char *name = g_strdup_printf ("%u.charrette", i);
      g_autoptr(ChProject) project = import_new (dir, name, path);
      g_autofree char *out = export_to (project, dir, "out.charrette.xml");
      g_autofree char *name2 = g_strdup_printf ("%u-again.charrette", i);
      g_autoptr(ChProject) again = import_new (dir, name2, out);

      assert_schema_accepts (out);
      assert_projects_equal (project, again);
    }

  ch_test_dir_free (g_steal_pointer (&dir));
}

static char *
export_string (ChProject *project)
{
  g_autofree char *dir = ch_test_dir_new ();
  g_autofree char *path = export_to (project, dir, "snapshot.charrette.xml");
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, NULL);
  ch_test_dir_free (g_steal_pointer (&dir));

  return contents;
}

static void
test_merge (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *full = fixture_path ("good", "full.charrette.xml");
  g_autofree char *description = NULL;
  g_autofree char *file_xml = NULL;
  g_autofree char *newer_path = g_build_filename (f->dir, "newer.charrette.xml", NULL);
  g_autofree char *older_path = g_build_filename (f->dir, "older.charrette.xml", NULL);
  g_autofree char *project_id = g_strdup (ch_project_get_id (f->project));
  g_autoptr(ChIdea) first = NULL;
  g_autofree char *first_id = NULL;
  g_autofree char *first_title = NULL;
  ChIdea *own;
  guint n_ideas;

  own = ch_project_add_idea (f->project, "Only the project has this", &error);
  g_assert_no_error (error);

  g_assert_true (transfer (f->project, full, CH_TRANSFER_IMPORT_MERGE, &description, &error));
  g_assert_no_error (error);
  g_test_message ("first merge: %s", description);
  g_assert_nonnull (strstr (description, "ideas added"));
  g_clear_pointer (&description, g_free);
  n_ideas = g_list_model_get_n_items (ch_project_get_ideas (f->project));

  /* A merge keeps the project's id and title. */
  g_assert_cmpstr (ch_project_get_id (f->project), ==, project_id);
  g_assert_cmpstr (ch_project_get_title (f->project), ==, "Project");

  /* The same file again: nothing added, nothing duplicated. */
  g_assert_true (transfer (f->project, full, CH_TRANSFER_IMPORT_MERGE, &description, &error));
  g_assert_cmpstr (description, ==, "Nothing new: the project already had everything in the file");
  g_clear_pointer (&description, g_free);
  g_assert_cmpuint (g_list_model_get_n_items (ch_project_get_ideas (f->project)), ==, n_ideas);

  /* A newer copy of an idea updates it; an older one does not. */
  first = g_list_model_get_item (ch_project_get_ideas (f->project), 1);
  first_id = g_strdup (ch_entity_get_id (CH_ENTITY (first)));
  first_title = g_strdup (ch_idea_get_title (first));
  file_xml = export_string (f->project);
  {
    g_autofree char *modified = ch_workshop_format_time (ch_entity_get_modified (CH_ENTITY (first)));
    g_autofree char *newer_time = ch_workshop_format_time (ch_entity_get_modified (CH_ENTITY (first)) + 60);
    g_autofree char *older_time = ch_workshop_format_time (ch_entity_get_modified (CH_ENTITY (first)) - 60);
    g_autofree char *marker = g_strdup_printf ("<idea id=\"%s\"", first_id);
    char *at = strstr (file_xml, marker);
    g_autoptr(GString) newer = g_string_new (file_xml);
    g_autoptr(GString) older = g_string_new (file_xml);
    g_autofree char *old_attr = g_strdup_printf ("modified=\"%s\"", modified);
    g_autofree char *new_attr = g_strdup_printf ("modified=\"%s\"", newer_time);
    g_autofree char *older_attr = g_strdup_printf ("modified=\"%s\"", older_time);
    gsize offset;
    char *attr;

    g_assert_nonnull (at);
    attr = strstr (at, old_attr);
    g_assert_nonnull (attr);
    offset = attr - file_xml;
    g_string_erase (newer, offset, strlen (old_attr));
    g_string_insert (newer, offset, new_attr);
    g_string_erase (older, offset, strlen (old_attr));
    g_string_insert (older, offset, older_attr);
    g_string_replace (newer, first_title, "Retitled in the other session", 1);
    g_string_replace (older, first_title, "An older title", 1);
    ch_test_write_bytes (newer_path, newer->str, newer->len);
    ch_test_write_bytes (older_path, older->str, older->len);
  }

  g_assert_true (transfer (f->project, older_path, CH_TRANSFER_IMPORT_MERGE, &description, &error));
  g_assert_cmpstr (ch_idea_get_title (first), ==, first_title);
  g_clear_pointer (&description, g_free);

  g_assert_true (transfer (f->project, newer_path, CH_TRANSFER_IMPORT_MERGE, &description, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (description, ==, "1 idea updated");
  g_assert_cmpstr (ch_idea_get_title (first), ==, "Retitled in the other session");
  g_assert_cmpuint (g_list_model_get_n_items (ch_project_get_ideas (f->project)), ==, n_ideas);

  /* What only the project had is still there, and the merge is undoable. */
  g_assert_nonnull (ch_project_lookup (f->project, CH_TYPE_IDEA,
                                       ch_entity_get_id (CH_ENTITY (own))));
  g_assert_true (ch_project_undo (f->project, &error));
  g_assert_cmpstr (ch_idea_get_title (first), ==, first_title);

  /* And the file agrees after a reopen. */
  ch_project_close (f->project);
  g_clear_object (&f->project);
  f->project = ch_project_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (ch_project_get_ideas (f->project)), ==, n_ideas);
  g_assert_true (ch_project_check_integrity (f->project, NULL));
}


/* A workshop of @n_ideas ideas; the one at @bad_index (if any) has a
 * status that does not exist. */
static GString *
generate_workshop (guint n_ideas,
                   guint bad_index)
{
  GString *xml = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                               "<workshop xmlns=\"urn:charrette:workshop:1\" version=\"1\"\n"
                               "  id=\"11111111-2222-4333-8444-555555555555\"\n"
                               "  created=\"2026-11-22T09:00:00Z\" modified=\"2026-11-22T17:40:00Z\">\n"
                               "  <title>Generated</title>\n  <ideas>\n");

  for (guint i = 0; i < n_ideas; i++)
    g_string_append_printf (xml,
                            "    <idea id=\"00000000-0000-4000-8000-%012x\" "
                            "created=\"2026-11-22T10:00:00Z\" "
                            "modified=\"2026-11-22T10:00:00Z\" status=\"%s\">\n"
                            "      <title>Idea %u</title>\n"
                            "    </idea>\n",
                            i, i == bad_index ? "urgent" : "new", i);
  g_string_append (xml, "  </ideas>\n</workshop>\n");

  return xml;
}

static guint
ideas_in (ChProject *project)
{
  return g_list_model_get_n_items (ch_project_get_ideas (project));
}

static void
test_error_near_the_end (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "large.charrette.xml", NULL);
  g_autoptr(GString) xml = generate_workshop (30000, 29998);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  /* Six lines before the ideas, three lines per idea, well past line
   * 65535 (where libxml2 stops counting lines of elements). */
  g_autofree char *line = g_strdup_printf ("line %u:", 6 + 29998 * 3 + 1);

  ch_project_add_idea (f->project, "Already here", &error);
  before = export_string (f->project);
  ch_test_write_bytes (path, xml->str, xml->len);

  g_assert_false (transfer (f->project, path, CH_TRANSFER_IMPORT_MERGE, NULL, &error));
  g_test_message ("%s", error->message);
  g_assert_error (error, CH_WORKSHOP_ERROR, CH_WORKSHOP_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, line));
  g_assert_nonnull (strstr (error->message, "urgent"));
  g_clear_error (&error);

  /* Nothing of the 29 998 good ideas before it stayed. */
  g_assert_cmpuint (ideas_in (f->project), ==, 1);
  after = export_string (f->project);
  g_assert_cmpstr (before, ==, after);
  ch_project_close (f->project);
  g_clear_object (&f->project);
  f->project = ch_project_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ideas_in (f->project), ==, 1);
}

static void
test_text_over_one_mebibyte (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "long.charrette.xml", NULL);
  g_autoptr(GString) xml = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                         "<workshop xmlns=\"urn:charrette:workshop:1\" "
                                         "version=\"1\" id=\"11111111-2222-4333-8444-555555555555\" "
                                         "created=\"2026-11-22T09:00:00Z\" "
                                         "modified=\"2026-11-22T17:40:00Z\">\n  <title>");
  gsize start = xml->len;

  /* Exactly 1 MiB is read. */
  g_string_set_size (xml, start + CH_WORKSHOP_MAX_TEXT);
  memset (xml->str + start, 'a', CH_WORKSHOP_MAX_TEXT);
  g_string_append (xml, "</title>\n</workshop>\n");
  ch_test_write_bytes (path, xml->str, xml->len);
  g_assert_true (transfer (f->project, path, CH_TRANSFER_IMPORT_MERGE, NULL, &error));
  g_assert_no_error (error);

  /* One byte more is not, and changes nothing. */
  g_string_insert_c (xml, start, 'a');
  ch_test_write_bytes (path, xml->str, xml->len);
  g_assert_false (transfer (f->project, path, CH_TRANSFER_IMPORT_MERGE, NULL, &error));
  g_assert_error (error, CH_WORKSHOP_ERROR, CH_WORKSHOP_ERROR_TOO_LARGE);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "line 3:"));
  g_assert_nonnull (strstr (error->message, "1 MiB"));
  g_assert_cmpstr (ch_project_get_title (f->project), ==, "Project");
}

static void
test_element_limit (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "many.charrette.xml", NULL);
  /* Root, title, ideas, then two elements per idea. */
  g_autoptr(GString) xml = generate_workshop (500, G_MAXUINT);

  ch_test_write_bytes (path, xml->str, xml->len);

  ch_workshop_set_max_elements (3 + 2 * 500);
  g_assert_true (transfer (f->project, path, CH_TRANSFER_IMPORT_MERGE, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (ideas_in (f->project), ==, 500);

  ch_workshop_set_max_elements (3 + 2 * 500 - 1);
  g_assert_false (transfer (f->project, path, CH_TRANSFER_IMPORT_MERGE, NULL, &error));
  g_assert_error (error, CH_WORKSHOP_ERROR, CH_WORKSHOP_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "elements"));
  ch_workshop_set_max_elements (0);
}

/* One idea may not hold without end: 10 000 tags, yes; one more, no. */
static void
test_entity_limits (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "tags.charrette.xml", NULL);
  g_autoptr(GString) xml = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                         "<workshop xmlns=\"urn:charrette:workshop:1\" "
                                         "version=\"1\" id=\"11111111-2222-4333-8444-555555555555\" "
                                         "created=\"2026-11-22T09:00:00Z\" "
                                         "modified=\"2026-11-22T17:40:00Z\">\n"
                                         "  <title>Tags</title>\n  <ideas>\n"
                                         "    <idea id=\"00000000-0000-4000-8000-000000000001\" "
                                         "created=\"2026-11-22T10:00:00Z\" "
                                         "modified=\"2026-11-22T10:00:00Z\">\n"
                                         "      <title>Many tags</title>\n");
  gsize end;

  for (guint i = 0; i < 10000; i++)
    g_string_append (xml, "      <tag>t</tag>\n");
  end = xml->len;
  g_string_append (xml, "    </idea>\n  </ideas>\n</workshop>\n");
  ch_test_write_bytes (path, xml->str, xml->len);
  g_assert_true (transfer (f->project, path, CH_TRANSFER_IMPORT_MERGE, NULL, &error));
  g_assert_no_error (error);

  g_string_insert (xml, end, "      <tag>one too many</tag>\n");
  ch_test_write_bytes (path, xml->str, xml->len);
  ch_project_close (f->project);
  g_clear_object (&f->project);
  g_unlink (f->path);
  f->project = ch_project_create (f->path, "Project", &error);
  g_assert_false (transfer (f->project, path, CH_TRANSFER_IMPORT_MERGE, NULL, &error));
  g_assert_error (error, CH_WORKSHOP_ERROR, CH_WORKSHOP_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "line 10007:"));
  g_assert_nonnull (strstr (error->message, "10000 <tag>"));
  g_assert_cmpuint (ideas_in (f->project), ==, 0);
}

static void
fraction_cb (ChTransfer   *transfer,
             GParamSpec   *pspec,
             GCancellable *cancellable)
{
  g_cancellable_cancel (cancellable);
}

static void
finished_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  GError **error = user_data;

  if (!ch_transfer_run_finish (CH_TRANSFER (object), result, error))
    g_assert_nonnull (*error);
  else
    *error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_FAILED, "it finished");
}

/* In a worker thread, with progress; Cancel leaves the project as it was. */
static void
test_cancel (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "big.charrette.xml", NULL);
  g_autoptr(GString) xml = generate_workshop (30000, G_MAXUINT);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(ChTransfer) transfer = NULL;

  ch_test_write_bytes (path, xml->str, xml->len);
  transfer = ch_transfer_new (f->project, file, CH_TRANSFER_IMPORT_MERGE);
  g_signal_connect (transfer, "notify::fraction", G_CALLBACK (fraction_cb), cancellable);
  ch_transfer_run_async (transfer, cancellable, finished_cb, &error);

  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_error (error, CH_WORKSHOP_ERROR, CH_WORKSHOP_ERROR_CANCELLED);
  g_assert_cmpuint (ideas_in (f->project), ==, 0);
  g_assert_false (ch_project_get_can_undo (f->project));
}

/* While a transfer holds the project, a change from elsewhere (another
 * window renaming it) is refused instead of racing the worker. */
static void
test_busy_while_transferring (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) finished = NULL;
  g_autofree char *full = fixture_path ("good", "full.charrette.xml");
  g_autoptr(GFile) file = g_file_new_for_path (full);
  g_autoptr(ChTransfer) transfer = ch_transfer_new (f->project, file, CH_TRANSFER_IMPORT_MERGE);
  ChIdea *idea = ch_project_add_idea (f->project, "Before", &error);

  g_assert_no_error (error);
  ch_transfer_run_async (transfer, NULL, finished_cb, &finished);

  g_assert_false (ch_project_set_title (f->project, "Renamed meanwhile", &error));
  g_assert_error (error, CH_STORE_ERROR, CH_STORE_ERROR_BUSY);
  g_clear_error (&error);
  g_assert_false (ch_project_update (f->project, CH_ENTITY (idea), &error, "title", "X", NULL));
  g_assert_error (error, CH_STORE_ERROR, CH_STORE_ERROR_BUSY);
  g_clear_error (&error);

  while (finished == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (finished, G_IO_ERROR, G_IO_ERROR_FAILED); /* "it finished" */

  g_assert_true (ch_project_set_title (f->project, "Renamed after", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (ideas_in (f->project), ==, 6);
}

static gboolean
failing_entity_cb (gpointer   user_data,
                   ChEntity  *entity,
                   GError   **error)
{
  guint *n = user_data;

  if (++(*n) == 7000)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE, "the disk is full");
      return FALSE;
    }

  return TRUE;
}

/* Reading on another thread: the sink's failure stops the reader (no
 * hang with a full queue) and is the error reported; a file's own error
 * comes through when the sink is fine. */
static void
test_pipelined_errors (void)
{
  static const ChWorkshopSink sink = { NULL, failing_entity_cb };
  g_autoptr(GString) xml = generate_workshop (20000, G_MAXUINT);
  g_autoptr(GString) bad = generate_workshop (3000, 2999);
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GError) error = NULL;
  guint n = 0;

  stream = g_memory_input_stream_new_from_data (xml->str, xml->len, NULL);
  g_assert_false (ch_workshop_read_pipelined (stream, "x.xml", &sink, &n, NULL, NULL, NULL,
                                              &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
  g_assert_cmpuint (n, ==, 7000);
  g_clear_error (&error);
  g_clear_object (&stream);

  n = 0;
  stream = g_memory_input_stream_new_from_data (bad->str, bad->len, NULL);
  g_assert_false (ch_workshop_read_pipelined (stream, "bad.xml", &sink, &n, NULL, NULL, NULL,
                                              &error));
  g_assert_error (error, CH_WORKSHOP_ERROR, CH_WORKSHOP_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "urgent"));
  g_assert_cmpuint (n, ==, 2999);
}

/* An export that fails while writing (here: a file size limit, as a full
 * disk would) keeps the old file whole and leaves no other file. */
static void
test_failed_export_keeps_old_file (Fixture       *f,
                                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = g_build_filename (f->dir, "out.charrette.xml", NULL);
  g_autoptr(GBytes) after = NULL;
  int status;
  pid_t pid;

  /* About 120 KB: less than the write buffer, so that it fails when the
   * file is closed. */
  for (guint i = 0; i < 400; i++)
    g_assert_nonnull (ch_project_add_idea (f->project, "An idea with a title of some length", &error));
  ch_test_write_bytes (out, "OLD CONTENT", 11);

  pid = fork ();
  if (pid == 0)
    {
      struct rlimit limit = { 50 * 1024, 50 * 1024 };
      g_autoptr(GError) child_error = NULL;
      gboolean ok;

      signal (SIGXFSZ, SIG_IGN);
      setrlimit (RLIMIT_FSIZE, &limit);
      ok = transfer (f->project, out, CH_TRANSFER_EXPORT_XML, NULL, &child_error);
      _exit (!ok && g_error_matches (child_error, CH_WORKSHOP_ERROR, CH_WORKSHOP_ERROR_IO) ? 0 : 1);
    }
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);

  after = ch_test_read_bytes (out);
  g_assert_cmpmem (g_bytes_get_data (after, NULL), g_bytes_get_size (after), "OLD CONTENT", 11);
  {
    g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
    guint n = 0;

    const char *name;

    /* The project (and its log while open) and the old export: no
     * temporary file left behind. */
    while ((name = g_dir_read_name (dir)) != NULL)
      {
        g_test_message ("%s", name);
        n += !g_str_has_suffix (name, "-wal");
      }
    g_assert_cmpuint (n, ==, 2);
  }
}

/* Removing what refers and what is referred to at once, then undoing,
 * puts both back: the referred-to first. */
static void
test_remove_many_then_undo (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  ChCluster *cluster = ch_project_add_cluster (f->project, "Cluster", &error);
  ChIdea *idea = ch_project_add_idea (f->project, "In the cluster", &error);
  ChPersona *persona = ch_project_add_persona (f->project, "Persona", &error);
  ChParticipant *participant = ch_project_add_participant (f->project, "Participant", &error);
  g_autofree char *cluster_id = g_strdup (ch_entity_get_id (CH_ENTITY (cluster)));
  g_autofree char *idea_id = g_strdup (ch_entity_get_id (CH_ENTITY (idea)));
  ChEntity *all[4];

  g_assert_true (ch_project_update (f->project, CH_ENTITY (idea), &error,
                                    "cluster-id", cluster_id, NULL));
  g_assert_true (ch_project_update (f->project, CH_ENTITY (participant), &error,
                                    "persona-id", ch_entity_get_id (CH_ENTITY (persona)), NULL));

  /* In the order a user might select them: what is referred to first. */
  all[0] = CH_ENTITY (cluster);
  all[1] = CH_ENTITY (idea);
  all[2] = CH_ENTITY (persona);
  all[3] = CH_ENTITY (participant);
  g_assert_true (ch_project_remove_many (f->project, all, 4, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (ideas_in (f->project), ==, 0);

  g_assert_true (ch_project_undo (f->project, &error));
  g_assert_no_error (error);
  idea = CH_IDEA (ch_project_lookup (f->project, CH_TYPE_IDEA, idea_id));
  g_assert_nonnull (idea);
  g_assert_cmpstr (ch_idea_get_cluster_id (idea), ==, cluster_id);
  g_assert_true (ch_project_check_integrity (f->project, NULL));
  g_assert_true (ch_project_redo (f->project, &error));
  g_assert_cmpuint (ideas_in (f->project), ==, 0);
}

/* Undoing a merge brings back the times as they were, so merging the
 * same file again brings its newer copy in again. */
static void
test_undo_merge_then_merge_again (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *full = fixture_path ("good", "full.charrette.xml");
  g_autofree char *description = NULL;

  g_assert_true (transfer (f->project, full, CH_TRANSFER_IMPORT_MERGE, NULL, &error));
  g_assert_cmpuint (ideas_in (f->project), ==, 5);
  g_assert_true (ch_project_undo (f->project, &error));
  g_assert_cmpuint (ideas_in (f->project), ==, 0);
  g_assert_true (transfer (f->project, full, CH_TRANSFER_IMPORT_MERGE, &description, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (description, "5 ideas added"));
}

/* A file in another encoding (UTF-16, EBCDIC) is refused from its
 * first bytes, before the parser could read a DOCTYPE hidden in it. */
static void
test_not_utf8 (Fixture       *f,
               gconstpointer  data)
{
  static const char utf16[] = "\xff\xfe<\0?\0x\0m\0l\0";
  static const char ebcdic[] = "\x4c\x6f\xa7\x94\x93\x40";
  const struct { const char *bytes; gsize length; } cases[] = {
    { utf16, sizeof utf16 - 1 },
    { ebcdic, sizeof ebcdic - 1 },
  };
  g_autofree char *path = g_build_filename (f->dir, "encoded.charrette.xml", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;

      ch_test_write_bytes (path, cases[i].bytes, cases[i].length);
      g_assert_false (transfer (f->project, path, CH_TRANSFER_IMPORT_MERGE, NULL, &error));
      g_assert_error (error, CH_WORKSHOP_ERROR, CH_WORKSHOP_ERROR_MALFORMED);
      g_assert_nonnull (strstr (error->message, "UTF-8"));
    }
}

/* Text XML cannot hold (a control character pasted into a title) is
 * written as U+FFFD, so that the file still reads. */
static void
test_unwritable_characters (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autoptr(ChProject) again = NULL;
  ChIdea *idea = ch_project_add_idea (f->project, "Bell\x07 and tab\t", &error);
  g_autoptr(ChIdea) back = NULL;

  g_assert_no_error (error);
  out = export_to (f->project, f->dir, "controls.charrette.xml");
  again = import_new (f->dir, "again.charrette", out);
  back = CH_IDEA (g_object_ref (ch_project_lookup (again, CH_TYPE_IDEA,
                                                   ch_entity_get_id (CH_ENTITY (idea)))));
  g_assert_cmpstr (ch_idea_get_title (back), ==, "Bell\xef\xbf\xbd and tab\t");
}

/* One row of bad.tsv. */
static void
test_bad_file (gconstpointer data)
{
  g_auto(GStrv) row = g_strsplit (data, "\t", -1);
  g_autofree char *dir = ch_test_dir_new ();
  g_autofree char *path = g_build_filename (dir, "bad.charrette", NULL);
  g_autofree char *full = fixture_path ("good", "full.charrette.xml");
  g_autofree char *bad = fixture_path ("bad", row[0]);
  g_autoptr(GError) error = NULL;
  g_autoptr(ChProject) project = ch_project_create (path, "Before", &error);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *line = g_strdup_printf ("line %s:", row[1]);
  g_autofree char *lower = NULL;

  g_assert_no_error (error);
  transfer (project, full, CH_TRANSFER_IMPORT_NEW, NULL, &error);
  g_assert_no_error (error);
  before = export_string (project);

  g_assert_false (transfer (project, bad, CH_TRANSFER_IMPORT_MERGE, NULL, &error));
  g_assert_nonnull (error);
  g_test_message ("%s: %s", row[0], error->message);
  g_assert_nonnull (strstr (error->message, row[0]));
  if (g_strcmp0 (row[1], "0") != 0)
    g_assert_nonnull (strstr (error->message, line));
  /* The words must be in what the message says, not in the file's name. */
  lower = g_utf8_strdown (strstr (error->message, row[0]) + strlen (row[0]), -1);
  if (strstr (lower, row[2]) == NULL)
    g_error ("the message for %s does not say “%s”: %s", row[0], row[2], error->message);

  after = export_string (project);
  g_assert_cmpstr (before, ==, after);

  g_clear_object (&project);
  ch_test_dir_free (g_steal_pointer (&dir));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *tsv_path = NULL;
  g_autofree char *tsv = NULL;
  g_auto(GStrv) rows = NULL;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ch/workshop/round-trip", test_round_trip);
  g_test_add_func ("/ch/workshop/good-files", test_good_files);
  g_test_add ("/ch/workshop/merge", Fixture, NULL, fixture_set_up, test_merge, fixture_tear_down);
  g_test_add ("/ch/workshop/error-near-the-end", Fixture, NULL, fixture_set_up,
              test_error_near_the_end, fixture_tear_down);
  g_test_add ("/ch/workshop/text-over-one-mebibyte", Fixture, NULL, fixture_set_up,
              test_text_over_one_mebibyte, fixture_tear_down);
  g_test_add ("/ch/workshop/element-limit", Fixture, NULL, fixture_set_up,
              test_element_limit, fixture_tear_down);
  g_test_add ("/ch/workshop/entity-limits", Fixture, NULL, fixture_set_up,
              test_entity_limits, fixture_tear_down);
  g_test_add ("/ch/workshop/cancel", Fixture, NULL, fixture_set_up, test_cancel,
              fixture_tear_down);
  g_test_add_func ("/ch/workshop/pipelined-errors", test_pipelined_errors);
  g_test_add ("/ch/workshop/not-utf8", Fixture, NULL, fixture_set_up, test_not_utf8,
              fixture_tear_down);
  g_test_add ("/ch/workshop/failed-export-keeps-old-file", Fixture, NULL, fixture_set_up,
              test_failed_export_keeps_old_file, fixture_tear_down);
  g_test_add ("/ch/workshop/remove-many-then-undo", Fixture, NULL, fixture_set_up,
              test_remove_many_then_undo, fixture_tear_down);
  g_test_add ("/ch/workshop/undo-merge-then-merge-again", Fixture, NULL, fixture_set_up,
              test_undo_merge_then_merge_again, fixture_tear_down);
  g_test_add ("/ch/workshop/busy-while-transferring", Fixture, NULL, fixture_set_up,
              test_busy_while_transferring, fixture_tear_down);
  g_test_add ("/ch/workshop/unwritable-characters", Fixture, NULL, fixture_set_up,
              test_unwritable_characters, fixture_tear_down);

  tsv_path = g_test_build_filename (G_TEST_DIST, "workshops", "bad.tsv", NULL);
  if (!g_file_get_contents (tsv_path, &tsv, NULL, NULL))
    g_error ("no %s", tsv_path);
  rows = g_strsplit (tsv, "\n", -1);
  for (guint i = 1; rows[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit (rows[i], "\t", -1);
      g_autofree char *test_path = NULL;

      if (g_strv_length (fields) < 3)
        continue;
      test_path = g_strdup_printf ("/ch/workshop/bad/%s", fields[0]);
      g_test_add_data_func (test_path, g_strdup (rows[i]), test_bad_file);
    }

  return g_test_run ();
}

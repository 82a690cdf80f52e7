/* ch-workshop-report.c: a workshop as CSV (its ideas) and as Markdown,
 * and closing the loop as a list, in CSV and in Markdown
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ch-workshop-report"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ch-cluster.h"
#include "ch-enum-types.h"
#include "ch-idea.h"
#include "ch-participant.h"
#include "ch-persona.h"
#include "ch-project.h"
#include "ch-session.h"
#include "ch-workshop.h"
#include "ch-workshop-report.h"

/* Names by id, for the references of ideas. */
typedef struct
{
  GHashTable *sessions;
  GHashTable *personas;
  GHashTable *participants;
  GHashTable *clusters;
  /* The ids of the anonymous sessions, whose ideas show no one's name. */
  GHashTable *anonymous;
} Names;

static GHashTable *
index_names (GPtrArray  *entities,
             const char *property)
{
  GHashTable *names = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);

  for (guint i = 0; entities != NULL && i < entities->len; i++)
    {
      ChEntity *entity = g_ptr_array_index (entities, i);
      char *name = NULL;

      g_object_get (entity, property, &name, NULL);
      g_hash_table_insert (names, (gpointer)ch_entity_get_id (entity), name);
    }

  return names;
}

static void
names_init (Names                   *names,
            const ChWorkshopContent *content)
{
  names->sessions = index_names (content->sessions, "title");
  names->personas = index_names (content->personas, "name");
  names->participants = index_names (content->participants, "name");
  names->clusters = index_names (content->clusters, "name");

  names->anonymous = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; content->sessions != NULL && i < content->sessions->len; i++)
    {
      ChSession *session = g_ptr_array_index (content->sessions, i);

      if (ch_session_get_anonymous (session))
        g_hash_table_add (names->anonymous, (gpointer)ch_entity_get_id (CH_ENTITY (session)));
    }
}

static void
names_clear (Names *names)
{
  g_clear_pointer (&names->sessions, g_hash_table_unref);
  g_clear_pointer (&names->personas, g_hash_table_unref);
  g_clear_pointer (&names->participants, g_hash_table_unref);
  g_clear_pointer (&names->clusters, g_hash_table_unref);
  g_clear_pointer (&names->anonymous, g_hash_table_unref);
}

/* The contributors a report may name: none for an idea of an anonymous
 * session (the project keeps none; this holds even for a file changed
 * by another program). */
static GPtrArray *
get_named_contributors (Names  *names,
                        ChIdea *idea)
{
  const char *session = ch_idea_get_session_id (idea);

  if (session != NULL && g_hash_table_contains (names->anonymous, session))
    return NULL;

  return ch_idea_get_contributors (idea);
}

static const char *
name_of (GHashTable *names,
         const char *id)
{
  return id ? g_hash_table_lookup (names, id) : NULL;
}

static gboolean
flush (GOutputStream  *stream,
       GString        *buffer,
       gboolean        always,
       GCancellable   *cancellable,
       GError        **error)
{
  gboolean ok = TRUE;

  if (always || buffer->len > 64 * 1024)
    {
      ok = g_output_stream_write_all (stream, buffer->str, buffer->len, NULL, cancellable, error);
      g_string_truncate (buffer, 0);
    }

  return ok;
}

/* A field of RFC 4180: quoted when it holds a comma, a quote or a line
 * break, its quotes doubled. */
static void
csv_field (GString    *row,
           const char *value,
           gboolean    last)
{
  if (value != NULL && strpbrk (value, ",\"\r\n") != NULL)
    {
      g_string_append_c (row, '"');
      for (const char *p = value; *p; p++)
        {
          if (*p == '"')
            g_string_append_c (row, '"');
          g_string_append_c (row, *p);
        }
      g_string_append_c (row, '"');
    }
  else if (value != NULL)
    g_string_append (row, value);

  g_string_append (row, last ? "\r\n" : ",");
}

static char *
join_names (GHashTable         *names,
            const char * const *ids)
{
  g_autoptr(GString) joined = g_string_new (NULL);

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      const char *name = name_of (names, ids[i]);

      g_string_append_printf (joined, "%s%s", i ? "; " : "", name ? name : ids[i]);
    }

  return g_string_free (g_steal_pointer (&joined), FALSE);
}

static char *
join_contributors (GHashTable *names,
                   GPtrArray  *contributors)
{
  g_autoptr(GString) joined = g_string_new (NULL);

  for (guint i = 0; contributors != NULL && i < contributors->len; i++)
    {
      const ChContributor *contributor = g_ptr_array_index (contributors, i);
      const char *name = name_of (names, contributor->participant_id);

      g_string_append_printf (joined, "%s%s", i ? "; " : "",
                              name ? name : contributor->participant_id);
    }

  return g_string_free (g_steal_pointer (&joined), FALSE);
}

static int
compare_position (gconstpointer a,
                  gconstpointer b)
{
  ChIdea *ia = *(ChIdea **)a;
  ChIdea *ib = *(ChIdea **)b;
  int pa = ch_idea_get_position (ia);
  int pb = ch_idea_get_position (ib);

  if (pa != pb)
    return pa < pb ? -1 : 1;

  return strcmp (ch_entity_get_id (CH_ENTITY (ia)), ch_entity_get_id (CH_ENTITY (ib)));
}

/**
 * ch_workshop_write_csv:
 *
 * Writes the ideas as CSV (RFC 4180, UTF-8, CRLF line ends), one row per
 * idea in their order, with a header row. Lists are joined with "; ".
 */
gboolean
ch_workshop_write_csv (GOutputStream            *stream,
                       const ChWorkshopContent  *content,
                       GCancellable             *cancellable,
                       GError                  **error)
{
  g_autoptr(GString) buffer = g_string_new (NULL);
  g_autoptr(GPtrArray) ideas = g_ptr_array_copy (content->ideas, (GCopyFunc)(void (*) (void))g_object_ref, NULL);
  Names names = { 0 };
  gboolean ok = TRUE;

  names_init (&names, content);
  g_ptr_array_sort (ideas, compare_position);

  /* The header names the columns for scripts; it is not translated. */
  g_string_append (buffer, "title,description,status,cluster,session,tags,personas,"
                           "contributors,votes,impact,effort,created\r\n");

  for (guint i = 0; ok && i < ideas->len; i++)
    {
      ChIdea *idea = g_ptr_array_index (ideas, i);
      g_autofree char *tags = g_strjoinv ("; ", (char **)(ch_idea_get_tags (idea) ?
                                                          ch_idea_get_tags (idea) :
                                                          (const char * const[]) { NULL }));
      g_autofree char *personas = join_names (names.personas, ch_idea_get_personas (idea));
      g_autofree char *contributors = join_contributors (names.participants,
                                                         get_named_contributors (&names, idea));
      g_autofree char *votes = g_strdup_printf ("%d", ch_idea_get_vote_count (idea));
      g_autofree char *impact = ch_idea_get_impact (idea) ?
                                g_strdup_printf ("%d", ch_idea_get_impact (idea)) : NULL;
      g_autofree char *effort = ch_idea_get_effort (idea) ?
                                g_strdup_printf ("%d", ch_idea_get_effort (idea)) : NULL;
      g_autofree char *created = ch_workshop_format_time (ch_idea_get_created (idea));

      csv_field (buffer, ch_idea_get_title (idea), FALSE);
      csv_field (buffer, ch_idea_get_description (idea), FALSE);
      csv_field (buffer, ch_enum_to_nick (CH_TYPE_IDEA_STATUS, ch_idea_get_status (idea)), FALSE);
      csv_field (buffer, name_of (names.clusters, ch_idea_get_cluster_id (idea)), FALSE);
      csv_field (buffer, name_of (names.sessions, ch_idea_get_session_id (idea)), FALSE);
      csv_field (buffer, tags, FALSE);
      csv_field (buffer, personas, FALSE);
      csv_field (buffer, contributors, FALSE);
      csv_field (buffer, votes, FALSE);
      csv_field (buffer, impact, FALSE);
      csv_field (buffer, effort, FALSE);
      csv_field (buffer, created, TRUE);

      ok = flush (stream, buffer, FALSE, cancellable, error);
    }

  if (ok)
    ok = flush (stream, buffer, TRUE, cancellable, error);

  names_clear (&names);

  return ok;
}

/* Text as Markdown shows it: the characters that would format are
 * escaped, so that a title like "*urgent*" stays as it was typed. */
static void
md_text (GString    *out,
         const char *text)
{
  for (const char *p = text; p && *p; p++)
    {
      if (strchr ("\\`*_[]<>#|", *p) != NULL)
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }
}

/* A block of text (a description, an agenda): its lines each indented
 * by @indent, so that it stays inside a list item. */
static void
md_block (GString    *out,
          const char *text,
          const char *indent)
{
  g_auto(GStrv) lines = NULL;

  if (text == NULL)
    return;

  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_string_append (out, indent);
      md_text (out, lines[i]);
      g_string_append (out, lines[i + 1] ? "  \n" : "\n");
    }
}

static int
compare_cluster_position (gconstpointer a,
                          gconstpointer b)
{
  ChCluster *ca = *(ChCluster **)a;
  ChCluster *cb = *(ChCluster **)b;
  int pa = ch_cluster_get_position (ca);
  int pb = ch_cluster_get_position (cb);

  if (pa != pb)
    return pa < pb ? -1 : 1;

  return strcmp (ch_entity_get_id (CH_ENTITY (ca)), ch_entity_get_id (CH_ENTITY (cb)));
}

static int
compare_votes (gconstpointer a,
               gconstpointer b)
{
  ChIdea *ia = *(ChIdea **)a;
  ChIdea *ib = *(ChIdea **)b;
  int va = ch_idea_get_vote_count (ia);
  int vb = ch_idea_get_vote_count (ib);

  if (va != vb)
    return va > vb ? -1 : 1;

  return compare_position (a, b);
}

static void
md_idea (GString *out,
         Names   *names,
         ChIdea  *idea)
{
  GPtrArray *contributors = get_named_contributors (names, idea);
  const char * const *tags = ch_idea_get_tags (idea);
  int votes = ch_idea_get_vote_count (idea);

  g_string_append (out, "- **");
  md_text (out, ch_idea_get_title (idea));
  g_string_append (out, "**");
  g_string_append_printf (out, " · %s", ch_idea_status_to_label (ch_idea_get_status (idea)));
  g_string_append_printf (out, " · ");
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%d vote", "%d votes", votes), votes);
  g_string_append_c (out, '\n');

  md_block (out, ch_idea_get_description (idea), "  ");

  if (tags != NULL)
    {
      g_autofree char *joined = g_strjoinv (", ", (char **)tags);

      /* Translators: before the tags of an idea in the Markdown report */
      g_string_append_printf (out, "  %s ", _("Tags:"));
      md_text (out, joined);
      g_string_append (out, "  \n");
    }

  if (contributors != NULL && contributors->len > 0)
    {
      /* Translators: before the people who contributed an idea */
      g_string_append_printf (out, "  %s ", _("Contributors:"));
      for (guint i = 0; i < contributors->len; i++)
        {
          const ChContributor *contributor = g_ptr_array_index (contributors, i);
          const char *name = name_of (names->participants, contributor->participant_id);

          if (i > 0)
            g_string_append (out, ", ");
          md_text (out, name ? name : contributor->participant_id);
          g_string_append_c (out, ' ');
          if (contributor->informed != NULL)
            /* Translators: a contributor was told on this date what became of the idea */
            g_string_append_printf (out, _("(informed %s)"), contributor->informed);
          else
            g_string_append (out, _("(not yet informed)"));
        }
      g_string_append_c (out, '\n');
    }
}

static gboolean
is_decided (ChIdea *idea)
{
  ChIdeaStatus status = ch_idea_get_status (idea);

  return status == CH_IDEA_STATUS_ACCEPTED || status == CH_IDEA_STATUS_PARKED ||
         status == CH_IDEA_STATUS_DONE;
}

/* Closing the loop: each contributor who has not been told what became of
 * their ideas that are accepted, parked or done, with those ideas. */
static void
md_loop (GString                 *out,
         Names                   *names,
         const ChWorkshopContent *content,
         GPtrArray               *ideas)
{
  g_autoptr(GHashTable) waiting = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                         (GDestroyNotify)g_ptr_array_unref);
  gboolean first = TRUE;

  for (guint i = 0; i < ideas->len; i++)
    {
      ChIdea *idea = g_ptr_array_index (ideas, i);
      GPtrArray *contributors = get_named_contributors (names, idea);

      for (guint j = 0; is_decided (idea) && contributors != NULL && j < contributors->len; j++)
        {
          const ChContributor *contributor = g_ptr_array_index (contributors, j);
          GPtrArray *list;

          if (contributor->informed != NULL)
            continue;

          list = g_hash_table_lookup (waiting, contributor->participant_id);
          if (list == NULL)
            g_hash_table_insert (waiting, contributor->participant_id, (list = g_ptr_array_new ()));
          g_ptr_array_add (list, idea);
        }
    }

  for (guint i = 0; content->participants != NULL && i < content->participants->len; i++)
    {
      ChParticipant *participant = g_ptr_array_index (content->participants, i);
      GPtrArray *list = g_hash_table_lookup (waiting, ch_entity_get_id (CH_ENTITY (participant)));

      if (list == NULL)
        continue;

      if (first)
        {
          /* Translators: a heading of the Markdown report: telling
           * contributors what became of their ideas */
          g_string_append_printf (out, "## %s\n\n%s\n\n", _("Closing the Loop"),
                                  _("Contributors not yet told what became of their ideas:"));
          first = FALSE;
        }

      g_string_append (out, "- ");
      md_text (out, ch_participant_get_name (participant));
      g_string_append (out, ":");
      for (guint j = 0; j < list->len; j++)
        {
          ChIdea *idea = g_ptr_array_index (list, j);

          g_string_append (out, j > 0 ? ", **" : " **");
          md_text (out, ch_idea_get_title (idea));
          g_string_append_printf (out, "** (%s)",
                                  ch_idea_status_to_label (ch_idea_get_status (idea)));
        }
      g_string_append_c (out, '\n');
    }

  if (!first)
    g_string_append_c (out, '\n');
}

/**
 * ch_workshop_write_markdown:
 *
 * Writes a report of the workshop: its description, sessions, personas,
 * then each cluster (in order) with its ideas, most votes first, then
 * the ideas in no cluster; last, closing the loop: who has still to be
 * told what became of their ideas.
 */
gboolean
ch_workshop_write_markdown (GOutputStream            *stream,
                            const ChWorkshopContent  *content,
                            GCancellable             *cancellable,
                            GError                  **error)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GPtrArray) clusters = g_ptr_array_copy (content->clusters, (GCopyFunc)(void (*) (void))g_object_ref, NULL);
  g_autoptr(GPtrArray) ideas = g_ptr_array_copy (content->ideas, (GCopyFunc)(void (*) (void))g_object_ref, NULL);
  g_autoptr(GPtrArray) unsorted = g_ptr_array_new ();
  g_autoptr(GHashTable) by_cluster = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                            (GDestroyNotify)g_ptr_array_unref);
  Names names = { 0 };
  gboolean ok;

  names_init (&names, content);
  g_ptr_array_sort (ideas, compare_votes);
  g_ptr_array_sort (clusters, compare_cluster_position);

  for (guint i = 0; i < ideas->len; i++)
    {
      ChIdea *idea = g_ptr_array_index (ideas, i);
      const char *cluster = ch_idea_get_cluster_id (idea);
      GPtrArray *list;

      if (cluster == NULL)
        {
          g_ptr_array_add (unsorted, idea);
          continue;
        }

      if (!(list = g_hash_table_lookup (by_cluster, cluster)))
        g_hash_table_insert (by_cluster, (gpointer)cluster, (list = g_ptr_array_new ()));
      g_ptr_array_add (list, idea);
    }

  g_string_append (out, "# ");
  md_text (out, content->workshop->title);
  g_string_append (out, "\n\n");
  if (content->workshop->description != NULL)
    {
      md_block (out, content->workshop->description, "");
      g_string_append_c (out, '\n');
    }

  if (content->sessions->len > 0)
    g_string_append_printf (out, "## %s\n\n", _("Sessions"));
  for (guint i = 0; i < content->sessions->len; i++)
    {
      ChSession *session = g_ptr_array_index (content->sessions, i);

      g_string_append (out, "### ");
      md_text (out, ch_session_get_title (session));
      g_string_append_printf (out, " (%s)\n\n", ch_session_get_date (session));
      if (ch_session_get_anonymous (session))
        g_string_append_printf (out, "%s\n\n",
                                /* Translators: under a session in the Markdown report */
                                _("Anonymous session: who contributed is not recorded."));
      if (ch_session_get_facilitator (session) != NULL)
        {
          g_string_append_printf (out, "%s ", _("Facilitator:"));
          md_text (out, ch_session_get_facilitator (session));
          g_string_append (out, "\n\n");
        }
      if (ch_session_get_agenda (session) != NULL)
        {
          md_block (out, ch_session_get_agenda (session), "");
          g_string_append_c (out, '\n');
        }
    }

  if (content->personas->len > 0)
    g_string_append_printf (out, "## %s\n\n", _("Personas"));
  for (guint i = 0; i < content->personas->len; i++)
    {
      ChPersona *persona = g_ptr_array_index (content->personas, i);
      const char * const *quotes = ch_persona_get_quotes (persona);
      const struct { const char *label; const char *value; } fields[] = {
        { _("Segment:"), ch_persona_get_segment (persona) },
        { _("Goals:"), ch_persona_get_goals (persona) },
        { _("Pains:"), ch_persona_get_pains (persona) },
      };

      g_string_append (out, "### ");
      md_text (out, ch_persona_get_name (persona));
      g_string_append_printf (out, " (%s)\n\n", ch_persona_kind_to_label (ch_persona_get_kind (persona)));
      for (guint f = 0; f < G_N_ELEMENTS (fields); f++)
        if (fields[f].value != NULL)
          {
            g_string_append_printf (out, "- %s ", fields[f].label);
            md_text (out, fields[f].value);
            g_string_append_c (out, '\n');
          }
      for (guint q = 0; quotes != NULL && quotes[q] != NULL; q++)
        {
          g_string_append (out, "\n");
          md_block (out, quotes[q], "> ");
        }
      if (ch_persona_get_notes (persona) != NULL)
        {
          g_string_append_c (out, '\n');
          md_block (out, ch_persona_get_notes (persona), "");
        }
      g_string_append_c (out, '\n');
    }

  if (clusters->len > 0 || unsorted->len > 0)
    g_string_append_printf (out, "## %s\n\n", _("Clusters"));
  for (guint i = 0; i < clusters->len; i++)
    {
      ChCluster *cluster = g_ptr_array_index (clusters, i);
      GPtrArray *list = g_hash_table_lookup (by_cluster, ch_entity_get_id (CH_ENTITY (cluster)));
      int votes = 0;

      for (guint j = 0; list != NULL && j < list->len; j++)
        votes += ch_idea_get_vote_count (g_ptr_array_index (list, j));

      g_string_append (out, "### ");
      md_text (out, ch_cluster_get_name (cluster));
      g_string_append (out, " (");
      g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%d vote", "%d votes", votes),
                              votes);
      g_string_append (out, ")\n\n");
      if (ch_cluster_get_summary (cluster) != NULL)
        {
          md_block (out, ch_cluster_get_summary (cluster), "");
          g_string_append_c (out, '\n');
        }
      for (guint j = 0; list != NULL && j < list->len; j++)
        md_idea (out, &names, g_ptr_array_index (list, j));
      g_string_append_c (out, '\n');
    }

  if (unsorted->len > 0)
    {
      g_string_append_printf (out, "### %s\n\n", _("Ideas in No Cluster"));
      for (guint j = 0; j < unsorted->len; j++)
        md_idea (out, &names, g_ptr_array_index (unsorted, j));
      g_string_append_c (out, '\n');
    }

  md_loop (out, &names, content, ideas);

  ok = flush (stream, out, TRUE, cancellable, error);
  names_clear (&names);

  return ok;
}

/* Closing the loop ------------------------------------------------------- */

G_DEFINE_BOXED_TYPE (ChLoopEntry, ch_loop_entry, ch_loop_entry_copy, ch_loop_entry_free)

ChLoopEntry *
ch_loop_entry_new (ChParticipant *participant,
                   ChIdea        *idea,
                   const char    *informed)
{
  ChLoopEntry *self;

  g_return_val_if_fail (CH_IS_PARTICIPANT (participant), NULL);
  g_return_val_if_fail (CH_IS_IDEA (idea), NULL);

  self = g_new0 (ChLoopEntry, 1);
  self->participant = g_object_ref (participant);
  self->idea = g_object_ref (idea);
  self->informed = g_strdup (informed);

  return self;
}

ChLoopEntry *
ch_loop_entry_copy (const ChLoopEntry *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return ch_loop_entry_new (self->participant, self->idea, self->informed);
}

void
ch_loop_entry_free (ChLoopEntry *self)
{
  if (self == NULL)
    return;

  g_clear_object (&self->participant);
  g_clear_object (&self->idea);
  g_clear_pointer (&self->informed, g_free);
  g_free (self);
}

/* The board's order, as ch_project_rank_ideas() breaks ties: clusters by
 * position, ideas in no cluster after them, ideas by position inside;
 * then by title and id. */
static int
compare_entries (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  ChProject *project = user_data;
  ChIdea *ia = (*(ChLoopEntry **)a)->idea;
  ChIdea *ib = (*(ChLoopEntry **)b)->idea;
  const char *cluster_a = ch_idea_get_cluster_id (ia);
  const char *cluster_b = ch_idea_get_cluster_id (ib);
  int order;

  if (g_strcmp0 (cluster_a, cluster_b) != 0)
    {
      ChEntity *ca = cluster_a ? ch_project_lookup (project, CH_TYPE_CLUSTER, cluster_a) : NULL;
      ChEntity *cb = cluster_b ? ch_project_lookup (project, CH_TYPE_CLUSTER, cluster_b) : NULL;
      gint64 pa = ca ? ch_cluster_get_position (CH_CLUSTER (ca)) : G_MAXINT64;
      gint64 pb = cb ? ch_cluster_get_position (CH_CLUSTER (cb)) : G_MAXINT64;

      if (pa != pb)
        return pa < pb ? -1 : 1;
      if ((order = g_strcmp0 (cluster_a, cluster_b)) != 0)
        return order;
    }

  if (ch_idea_get_position (ia) != ch_idea_get_position (ib))
    return ch_idea_get_position (ia) < ch_idea_get_position (ib) ? -1 : 1;

  if ((order = g_utf8_collate (ch_idea_get_title (ia), ch_idea_get_title (ib))) != 0)
    return order;

  return strcmp (ch_entity_get_id (CH_ENTITY (ia)), ch_entity_get_id (CH_ENTITY (ib)));
}

static gboolean
is_anonymous (ChProject *project,
              ChIdea    *idea)
{
  const char *session_id = ch_idea_get_session_id (idea);
  ChEntity *session;

  if (session_id == NULL)
    return FALSE;

  session = ch_project_lookup (project, CH_TYPE_SESSION, session_id);

  return session != NULL && ch_session_get_anonymous (CH_SESSION (session));
}

/**
 * ch_workshop_list_loop:
 * @session_id: (nullable): the id of a session whose ideas to list, or
 *   %NULL for all
 * @with_informed: whether to list the contributors already told as well
 *
 * Closing the loop: each participant who contributed an idea that is now
 * accepted, parked or done, with those ideas, and whether and when they
 * were told. Those not yet told are the participants and ideas of
 * ch_project_list_participants_to_inform() and
 * ch_project_list_ideas_to_inform(), found in one pass over the ideas;
 * ideas of an anonymous session name no one, and are left out.
 *
 * Returns: (transfer full) (element-type ChLoopEntry): the entries, by
 *   participant in the order of ch_project_get_participants(), then by
 *   idea in the board's order
 */
GPtrArray *
ch_workshop_list_loop (ChProject  *project,
                       const char *session_id,
                       gboolean    with_informed)
{
  g_autoptr(GHashTable) by_participant = NULL;
  GListModel *ideas;
  GListModel *participants;
  GPtrArray *entries;
  guint n_ideas;
  guint n_participants;

  g_return_val_if_fail (CH_IS_PROJECT (project), NULL);

  by_participant = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify)g_ptr_array_unref);
  ideas = ch_project_get_ideas (project);
  n_ideas = g_list_model_get_n_items (ideas);
  for (guint i = 0; i < n_ideas; i++)
    {
      g_autoptr(ChIdea) idea = g_list_model_get_item (ideas, i);
      GPtrArray *contributors;

      if (!is_decided (idea) || is_anonymous (project, idea) ||
          (session_id != NULL && g_strcmp0 (ch_idea_get_session_id (idea), session_id) != 0))
        continue;

      contributors = ch_idea_get_contributors (idea);
      for (guint j = 0; contributors != NULL && j < contributors->len; j++)
        {
          const ChContributor *contributor = g_ptr_array_index (contributors, j);
          ChEntity *participant;
          GPtrArray *list;

          if (contributor->informed != NULL && !with_informed)
            continue;

          participant = ch_project_lookup (project, CH_TYPE_PARTICIPANT,
                                           contributor->participant_id);
          if (participant == NULL)
            continue;

          list = g_hash_table_lookup (by_participant, participant);
          if (list == NULL)
            {
              list = g_ptr_array_new_with_free_func ((GDestroyNotify)ch_loop_entry_free);
              g_hash_table_insert (by_participant, participant, list);
            }
          g_ptr_array_add (list, ch_loop_entry_new (CH_PARTICIPANT (participant), idea,
                                                    contributor->informed));
        }
    }

  participants = ch_project_get_participants (project);
  n_participants = g_list_model_get_n_items (participants);
  entries = g_ptr_array_new_with_free_func ((GDestroyNotify)ch_loop_entry_free);
  for (guint i = 0; i < n_participants; i++)
    {
      g_autoptr(ChParticipant) participant = g_list_model_get_item (participants, i);
      GPtrArray *list = g_hash_table_lookup (by_participant, participant);

      if (list == NULL)
        continue;

      g_ptr_array_sort_with_data (list, compare_entries, project);
      for (guint j = 0; j < list->len; j++)
        g_ptr_array_add (entries, g_steal_pointer (&list->pdata[j]));
      g_ptr_array_set_size (list, 0);
    }

  return entries;
}

static const char *
cluster_name_of (ChProject *project,
                 ChIdea    *idea)
{
  const char *cluster_id = ch_idea_get_cluster_id (idea);
  ChEntity *cluster = cluster_id ? ch_project_lookup (project, CH_TYPE_CLUSTER, cluster_id) : NULL;

  return cluster ? ch_cluster_get_name (CH_CLUSTER (cluster)) : NULL;
}

/**
 * ch_workshop_write_loop_csv:
 * @session_id: (nullable): the id of a session whose ideas to write, or
 *   %NULL for all
 * @with_informed: whether to write the contributors already told too
 *
 * Writes the list of ch_workshop_list_loop() as CSV (RFC 4180, UTF-8,
 * CRLF line ends), one row per contributor and idea, with a header row:
 * participant, organisation, idea, status (the workshop file's word:
 * "accepted", "parked", "done"), cluster, and the day they were
 * informed, empty for those not told yet.
 */
gboolean
ch_workshop_write_loop_csv (GOutputStream  *stream,
                            ChProject      *project,
                            const char     *session_id,
                            gboolean        with_informed,
                            GCancellable   *cancellable,
                            GError        **error)
{
  g_autoptr(GString) buffer = g_string_new (NULL);
  g_autoptr(GPtrArray) entries = NULL;
  gboolean ok = TRUE;

  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (CH_IS_PROJECT (project), FALSE);

  entries = ch_workshop_list_loop (project, session_id, with_informed);

  /* The header names the columns for scripts; it is not translated. */
  g_string_append (buffer, "participant,organisation,idea,status,cluster,informed\r\n");

  for (guint i = 0; ok && i < entries->len; i++)
    {
      const ChLoopEntry *entry = g_ptr_array_index (entries, i);

      csv_field (buffer, ch_participant_get_name (entry->participant), FALSE);
      csv_field (buffer, ch_participant_get_organisation (entry->participant), FALSE);
      csv_field (buffer, ch_idea_get_title (entry->idea), FALSE);
      csv_field (buffer, ch_enum_to_nick (CH_TYPE_IDEA_STATUS, ch_idea_get_status (entry->idea)),
                 FALSE);
      csv_field (buffer, cluster_name_of (project, entry->idea), FALSE);
      csv_field (buffer, entry->informed, TRUE);

      ok = flush (stream, buffer, FALSE, cancellable, error);
    }

  if (ok)
    ok = flush (stream, buffer, TRUE, cancellable, error);

  return ok;
}

/**
 * ch_workshop_write_loop_markdown:
 * @session_id: (nullable): the id of a session whose ideas to write, or
 *   %NULL for all
 * @with_informed: whether to write the contributors already told too
 *
 * Writes the list of ch_workshop_list_loop() as a Markdown document to
 * send out or work from: a heading per participant, then their ideas,
 * each with its status and whether (and when) they were informed. The
 * list of one session says which under its title.
 */
gboolean
ch_workshop_write_loop_markdown (GOutputStream  *stream,
                                 ChProject      *project,
                                 const char     *session_id,
                                 gboolean        with_informed,
                                 GCancellable   *cancellable,
                                 GError        **error)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GPtrArray) entries = NULL;
  g_autofree char *title = NULL;
  ChParticipant *participant = NULL;
  ChEntity *session;

  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (CH_IS_PROJECT (project), FALSE);

  entries = ch_workshop_list_loop (project, session_id, with_informed);

  /* Translators: the title of the Markdown list of contributors to tell
   * what became of their ideas; %s is the workshop's title */
  title = g_strdup_printf (_("Closing the Loop: %s"), ch_project_get_title (project));
  g_string_append (out, "# ");
  md_text (out, title);
  g_string_append (out, "\n\n");

  if (session_id != NULL &&
      (session = ch_project_lookup (project, CH_TYPE_SESSION, session_id)) != NULL)
    {
      g_autofree char *of_session = NULL;

      /* Translators: under the title of the Markdown list of contributors
       * to tell, when it holds the ideas of one session; %s is its title */
      of_session = g_strdup_printf (_("Ideas of the session “%s”."),
                                    ch_session_get_title (CH_SESSION (session)));
      md_text (out, of_session);
      g_string_append (out, "\n\n");
    }

  if (entries->len == 0)
    g_string_append_printf (out, "%s\n",
                            with_informed
                            ? _("No contributor has an idea that is accepted, parked or done.")
                            : _("Everyone has been told what became of their ideas."));
  else if (with_informed)
    g_string_append_printf (out, "%s\n",
                            _("The contributors of ideas that are accepted, parked or done, "
                              "and whether they have been told."));
  else
    g_string_append_printf (out, "%s\n",
                            _("The contributors not yet told what became of their ideas."));

  for (guint i = 0; i < entries->len; i++)
    {
      const ChLoopEntry *entry = g_ptr_array_index (entries, i);
      const char *organisation;

      if (entry->participant != participant)
        {
          participant = entry->participant;
          organisation = ch_participant_get_organisation (participant);

          g_string_append (out, "\n## ");
          md_text (out, ch_participant_get_name (participant));
          if (organisation != NULL && *organisation != '\0')
            {
              g_string_append (out, " (");
              md_text (out, organisation);
              g_string_append_c (out, ')');
            }
          g_string_append (out, "\n\n");
        }

      g_string_append (out, "- **");
      md_text (out, ch_idea_get_title (entry->idea));
      g_string_append_printf (out, "** · %s · ",
                              ch_idea_status_to_label (ch_idea_get_status (entry->idea)));
      if (entry->informed != NULL)
        /* Translators: in the Markdown list, a contributor was told on this
         * date (YYYY-MM-DD) what became of the idea */
        g_string_append_printf (out, _("informed %s"), entry->informed);
      else
        /* Translators: in the Markdown list, a contributor not told yet */
        g_string_append (out, _("not yet informed"));
      g_string_append_c (out, '\n');
    }

  return flush (stream, out, TRUE, cancellable, error);
}

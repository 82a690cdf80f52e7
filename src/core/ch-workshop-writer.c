/* ch-workshop-writer.c: writes a workshop file
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Streams with xmlTextWriter. The output is a function of the project
 * alone: entities in a fixed order (sessions, personas, participants,
 * clusters, ideas; each by position then id), attributes in a fixed
 * order, empty optional elements left out, so that the same project
 * always gives the same bytes.
 */

#define G_LOG_DOMAIN "ch-workshop-writer"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libxml/xmlwriter.h>
#include <time.h>

#include "ch-cluster.h"
#include "ch-enum-types.h"
#include "ch-idea.h"
#include "ch-participant.h"
#include "ch-persona.h"
#include "ch-session.h"
#include "ch-workshop.h"

#define NAMESPACE "urn:charrette:workshop:1"

typedef struct
{
  GOutputStream      *stream;
  GCancellable       *cancellable;
  GError             *error;
  xmlTextWriterPtr    writer;
  gboolean            failed;
  ChWorkshopProgress  progress;
  gpointer            progress_data;
  goffset             n_written;
} Writer;

static int
write_cb (void       *context,
          const char *buffer,
          int         length)
{
  Writer *self = context;
  gsize written = 0;

  if (self->error != NULL ||
      !g_output_stream_write_all (self->stream, buffer, length, &written,
                                  self->cancellable, &self->error))
    return -1;

  return length;
}

static int
close_cb (void *context)
{
  return 0;
}

/* XML 1.0 cannot hold some characters (most C0 controls); they become
 * U+FFFD so that the file stays readable. Returns NULL when @text is
 * fine as it is. */
static gboolean
is_xml_char_at (const unsigned char *p)
{
  /* C0 controls but tab, new line and carriage return; U+FFFE, U+FFFF. */
  if (*p < 0x20)
    return *p == 0x9 || *p == 0xA || *p == 0xD;
  if (p[0] == 0xEF && p[1] == 0xBF && (p[2] == 0xBE || p[2] == 0xBF))
    return FALSE;
  return TRUE;
}

/* XML 1.0 cannot hold some characters (most C0 controls); they become
 * U+FFFD so that the file stays readable. Returns NULL when @text is
 * fine as it is, which is nearly always: a byte scan decides. */
static char *
dup_xml_safe (const char *text)
{
  const unsigned char *p = (const unsigned char *)text;
  GString *safe;

  while (*p && is_xml_char_at (p))
    p++;

  if (*p == '\0')
    return NULL;

  safe = g_string_new_len (text, (const char *)p - text);
  while (*p)
    {
      if (is_xml_char_at (p))
        {
          g_string_append_c (safe, *p);
          p++;
        }
      else
        {
          g_string_append_unichar (safe, 0xFFFD);
          p += *p < 0x20 ? 1 : 3;
        }
    }

  return g_string_free (safe, FALSE);
}

static void
check (Writer *self,
       int     rc)
{
  if (rc < 0)
    self->failed = TRUE;
}

static void
start (Writer     *self,
       const char *name)
{
  check (self, xmlTextWriterStartElement (self->writer, (const xmlChar *)name));
}

static void
end (Writer *self)
{
  check (self, xmlTextWriterEndElement (self->writer));
}

static void
attr (Writer     *self,
      const char *name,
      const char *value)
{
  if (value != NULL)
    check (self, xmlTextWriterWriteAttribute (self->writer, (const xmlChar *)name,
                                              (const xmlChar *)value));
}

static void
attr_int (Writer     *self,
          const char *name,
          int         value)
{
  char buffer[16];

  g_snprintf (buffer, sizeof buffer, "%d", value);
  attr (self, name, buffer);
}

static void
attr_time (Writer     *self,
           const char *name,
           gint64      value)
{
  g_autofree char *text = ch_workshop_format_time (value);

  attr (self, name, text);
}

static void
attr_enum (Writer     *self,
           const char *name,
           GType       type,
           int         value)
{
  attr (self, name, ch_enum_to_nick (type, value));
}

/* A text element; absent (NULL) optional text is left out. */
static void
text (Writer     *self,
      const char *name,
      const char *value)
{
  g_autofree char *safe = NULL;

  if (value == NULL)
    return;

  safe = dup_xml_safe (value);
  check (self, xmlTextWriterWriteElement (self->writer, (const xmlChar *)name,
                                          (const xmlChar *)(safe ? safe : value)));
}

static int
compare_by_id (gconstpointer a,
               gconstpointer b)
{
  ChEntity *ea = *(ChEntity **)a;
  ChEntity *eb = *(ChEntity **)b;

  return strcmp (ch_entity_get_id (ea), ch_entity_get_id (eb));
}

static int
compare_by_position (gconstpointer a,
                     gconstpointer b)
{
  GObject *oa = *(GObject **)a;
  GObject *ob = *(GObject **)b;
  int pa = CH_IS_IDEA (oa) ? ch_idea_get_position (CH_IDEA (oa))
                           : ch_cluster_get_position (CH_CLUSTER (oa));
  int pb = CH_IS_IDEA (ob) ? ch_idea_get_position (CH_IDEA (ob))
                           : ch_cluster_get_position (CH_CLUSTER (ob));

  if (pa != pb)
    return pa < pb ? -1 : 1;

  return compare_by_id (a, b);
}

/* Sorted copies: the caller's arrays are left as they are. */
static GPtrArray *
sorted (GPtrArray    *entities,
        GCompareFunc  compare)
{
  GPtrArray *copy = g_ptr_array_new_full (entities ? entities->len : 0, NULL);

  for (guint i = 0; entities != NULL && i < entities->len; i++)
    g_ptr_array_add (copy, g_ptr_array_index (entities, i));
  g_ptr_array_sort (copy, compare);

  return copy;
}

static void
write_session (Writer    *self,
               ChSession *session)
{
  start (self, "session");
  attr (self, "id", ch_entity_get_id (CH_ENTITY (session)));
  attr (self, "date", ch_session_get_date (session));
  attr_time (self, "modified", ch_entity_get_modified (CH_ENTITY (session)));
  text (self, "title", ch_session_get_title (session));
  text (self, "facilitator", ch_session_get_facilitator (session));
  text (self, "agenda", ch_session_get_agenda (session));
  end (self);
}

static void
write_persona (Writer    *self,
               ChPersona *persona)
{
  const char * const *quotes = ch_persona_get_quotes (persona);

  start (self, "persona");
  attr (self, "id", ch_entity_get_id (CH_ENTITY (persona)));
  attr_enum (self, "kind", CH_TYPE_PERSONA_KIND, ch_persona_get_kind (persona));
  attr (self, "color", ch_persona_get_color (persona));
  attr_time (self, "modified", ch_entity_get_modified (CH_ENTITY (persona)));
  text (self, "name", ch_persona_get_name (persona));
  text (self, "segment", ch_persona_get_segment (persona));
  text (self, "goals", ch_persona_get_goals (persona));
  text (self, "pains", ch_persona_get_pains (persona));
  for (guint i = 0; quotes != NULL && quotes[i] != NULL; i++)
    text (self, "quote", quotes[i]);
  text (self, "notes", ch_persona_get_notes (persona));
  end (self);
}

static void
write_participant (Writer        *self,
                   ChParticipant *participant)
{
  start (self, "participant");
  attr (self, "id", ch_entity_get_id (CH_ENTITY (participant)));
  attr_enum (self, "kind", CH_TYPE_PARTICIPANT_KIND, ch_participant_get_kind (participant));
  attr_enum (self, "role", CH_TYPE_PARTICIPANT_ROLE, ch_participant_get_role (participant));
  attr (self, "persona", ch_participant_get_persona_id (participant));
  attr_time (self, "modified", ch_entity_get_modified (CH_ENTITY (participant)));
  text (self, "name", ch_participant_get_name (participant));
  text (self, "organisation", ch_participant_get_organisation (participant));
  end (self);
}

static void
write_cluster (Writer    *self,
               ChCluster *cluster)
{
  start (self, "cluster");
  attr (self, "id", ch_entity_get_id (CH_ENTITY (cluster)));
  attr (self, "color", ch_cluster_get_color (cluster));
  attr_int (self, "position", ch_cluster_get_position (cluster));
  attr_time (self, "modified", ch_entity_get_modified (CH_ENTITY (cluster)));
  text (self, "name", ch_cluster_get_name (cluster));
  text (self, "summary", ch_cluster_get_summary (cluster));
  end (self);
}

static void
write_idea (Writer *self,
            ChIdea *idea)
{
  const char * const *tags = ch_idea_get_tags (idea);
  const char * const *personas = ch_idea_get_personas (idea);
  GPtrArray *contributors = ch_idea_get_contributors (idea);
  GPtrArray *votes = ch_idea_get_votes (idea);

  start (self, "idea");
  attr (self, "id", ch_entity_get_id (CH_ENTITY (idea)));
  attr_time (self, "created", ch_idea_get_created (idea));
  attr_time (self, "modified", ch_entity_get_modified (CH_ENTITY (idea)));
  attr_enum (self, "status", CH_TYPE_IDEA_STATUS, ch_idea_get_status (idea));
  attr (self, "cluster", ch_idea_get_cluster_id (idea));
  attr (self, "session", ch_idea_get_session_id (idea));
  if (ch_idea_get_impact (idea) > 0)
    attr_int (self, "impact", ch_idea_get_impact (idea));
  if (ch_idea_get_effort (idea) > 0)
    attr_int (self, "effort", ch_idea_get_effort (idea));
  attr_int (self, "position", ch_idea_get_position (idea));
  text (self, "title", ch_idea_get_title (idea));
  text (self, "description", ch_idea_get_description (idea));
  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    text (self, "tag", tags[i]);
  for (guint i = 0; personas != NULL && personas[i] != NULL; i++)
    {
      start (self, "for");
      attr (self, "persona", personas[i]);
      end (self);
    }
  for (guint i = 0; contributors != NULL && i < contributors->len; i++)
    {
      const ChContributor *contributor = g_ptr_array_index (contributors, i);

      start (self, "contributor");
      attr (self, "participant", contributor->participant_id);
      attr (self, "informed", contributor->informed);
      end (self);
    }
  for (guint i = 0; votes != NULL && i < votes->len; i++)
    {
      const ChVote *vote = g_ptr_array_index (votes, i);

      start (self, "vote");
      attr (self, "participant", vote->participant_id);
      attr_int (self, "dots", vote->dots);
      end (self);
    }
  end (self);
}

typedef void (*WriteEntity) (Writer *self, gpointer entity);

static void
write_section (Writer       *self,
               const char   *name,
               GPtrArray    *entities,
               GCompareFunc  compare,
               WriteEntity   write_entity)
{
  g_autoptr(GPtrArray) in_order = sorted (entities, compare);

  start (self, name);
  for (guint i = 0; i < in_order->len && !self->failed && self->error == NULL; i++)
    {
      write_entity (self, g_ptr_array_index (in_order, i));
      self->n_written++;

      if (self->n_written % 1024 == 0)
        {
          if (g_cancellable_set_error_if_cancelled (self->cancellable, &self->error))
            self->failed = TRUE;
          if (self->progress != NULL)
            self->progress (self->n_written, self->progress_data);
        }
    }
  end (self);
}

/**
 * ch_workshop_format_time:
 *
 * Returns: (transfer full): @time as RFC 3339 in UTC, "2026-11-22T10:15:00Z"
 */
char *
ch_workshop_format_time (gint64 time)
{
  time_t t = (time_t)time;
  struct tm tm;

  if (gmtime_r (&t, &tm) == NULL)
    return g_strdup ("1970-01-01T00:00:00Z");

  return g_strdup_printf ("%04d-%02d-%02dT%02d:%02d:%02dZ",
                          tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
                          tm.tm_hour, tm.tm_min, tm.tm_sec);
}

/**
 * ch_workshop_write:
 *
 * Writes a whole workshop to @stream. On failure the stream holds part
 * of a file: the caller writes to a temporary file and keeps it only on
 * success (g_file_replace() does that).
 */
gboolean
ch_workshop_write (GOutputStream            *stream,
                   const ChWorkshopContent  *content,
                   ChWorkshopProgress        progress,
                   gpointer                  progress_data,
                   GCancellable             *cancellable,
                   GError                  **error)
{
  const ChStoreWorkshop *workshop = content->workshop;
  Writer self = { 0 };
  xmlOutputBufferPtr output;

  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (workshop != NULL, FALSE);

  self.stream = stream;
  self.cancellable = cancellable;
  self.progress = progress;
  self.progress_data = progress_data;

  output = xmlOutputBufferCreateIO (write_cb, close_cb, &self, NULL);
  self.writer = xmlNewTextWriter (output);
  if (self.writer == NULL)
    {
      g_set_error_literal (error, CH_WORKSHOP_ERROR, CH_WORKSHOP_ERROR_IO,
                           _("Could not start writing the workshop file."));
      return FALSE;
    }

  xmlTextWriterSetIndent (self.writer, 1);
  xmlTextWriterSetIndentString (self.writer, (const xmlChar *)"  ");

  check (&self, xmlTextWriterStartDocument (self.writer, "1.0", "UTF-8", NULL));
  start (&self, "workshop");
  attr (&self, "xmlns", NAMESPACE);
  attr (&self, "version", "1");
  attr (&self, "id", workshop->id);
  attr_time (&self, "created", workshop->created);
  attr_time (&self, "modified", workshop->modified);
  text (&self, "title", workshop->title ? workshop->title : "");
  text (&self, "description", workshop->description);

  write_section (&self, "sessions", content->sessions, compare_by_id,
                 (WriteEntity)write_session);
  write_section (&self, "personas", content->personas, compare_by_id,
                 (WriteEntity)write_persona);
  write_section (&self, "participants", content->participants, compare_by_id,
                 (WriteEntity)write_participant);
  write_section (&self, "clusters", content->clusters, compare_by_position,
                 (WriteEntity)write_cluster);
  write_section (&self, "ideas", content->ideas, compare_by_position, (WriteEntity)write_idea);

  end (&self);
  check (&self, xmlTextWriterEndDocument (self.writer));
  check (&self, xmlTextWriterFlush (self.writer));
  xmlFreeTextWriter (self.writer);

  if (self.error != NULL)
    {
      g_propagate_error (error, self.error);
      return FALSE;
    }

  if (self.failed)
    {
      g_set_error_literal (error, CH_WORKSHOP_ERROR, CH_WORKSHOP_ERROR_IO,
                           _("Could not write the workshop file."));
      return FALSE;
    }

  return TRUE;
}

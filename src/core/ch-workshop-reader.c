/* ch-workshop-reader.c: reads a workshop file, checking every rule
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * With ch-workshop-writer.c, the only code of Charrette that includes
 * libxml2. The file is streamed once with xmlTextReader over a GIO stream
 * read here (with a size cap): no DOM, no network, no DTD, no entity
 * expansion, no XInclude. Every rule of the format page is checked here,
 * so that a message can say in plain words what is wrong and on which
 * line; libxml2's schema validator is not used.
 */

#define G_LOG_DOMAIN "ch-workshop-reader"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libxml/parser.h>
#include <libxml/xmlreader.h>

#include "ch-cluster.h"
#include "ch-enum-types.h"
#include "ch-idea.h"
#include "ch-participant.h"
#include "ch-persona.h"
#include "ch-session.h"
#include "ch-workshop.h"

#define NAMESPACE "urn:charrette:workshop:1"
#define XML_NAMESPACE "http://www.w3.org/XML/1998/namespace"
/* workshop > ideas > idea > title: nothing in the format is deeper. */
#define MAX_DEPTH 4
/* Beyond the format's own limits, what one entity may hold: its many
 * tags, quotes, votes… and all of its texts together. */
#define MAX_REPEATED CH_WORKSHOP_MAX_REPEATED
#define MAX_ENTITY_TEXT (16 * 1024 * 1024)

typedef enum
{
  KIND_SESSION,
  KIND_PERSONA,
  KIND_PARTICIPANT,
  KIND_CLUSTER,
  N_KINDS
} RefKind;

typedef enum
{
  ATTR_UUID,
  ATTR_REF,
  ATTR_TIME,
  ATTR_DATE,
  ATTR_ENUM,
  ATTR_INT,
  ATTR_COLOR,
  ATTR_VERSION,
} AttrType;

typedef struct
{
  const char *name;
  AttrType    type;
  gboolean    required;
  /* The property it sets on the entity, or NULL where it is handled by
   * name (the root's, the links'). */
  const char *property;
  int         min;
  int         max;
  GType     (*enum_type) (void);
  RefKind     ref_kind;
} Attr;

typedef enum
{
  E_WORKSHOP,
  E_WORKSHOP_TITLE,
  E_WORKSHOP_DESCRIPTION,
  E_SESSIONS,
  E_SESSION,
  E_SESSION_TITLE,
  E_FACILITATOR,
  E_AGENDA,
  E_PERSONAS,
  E_PERSONA,
  E_PERSONA_NAME,
  E_SEGMENT,
  E_GOALS,
  E_PAINS,
  E_QUOTE,
  E_NOTES,
  E_PARTICIPANTS,
  E_PARTICIPANT,
  E_PARTICIPANT_NAME,
  E_ORGANISATION,
  E_CLUSTERS,
  E_CLUSTER,
  E_CLUSTER_NAME,
  E_SUMMARY,
  E_IDEAS,
  E_IDEA,
  E_IDEA_TITLE,
  E_IDEA_DESCRIPTION,
  E_TAG,
  E_FOR,
  E_CONTRIBUTOR,
  E_VOTE,
  N_ELEMENT_IDS
} ElementId;

typedef enum
{
  K_ROOT,
  K_SECTION,
  K_ENTITY,
  K_TEXT,      /* sets a text property */
  K_LIST_TEXT, /* adds to a list of texts: tag, quote */
  K_LINK,      /* for, contributor, vote */
} ElementKind;

typedef struct
{
  ElementId id;
  gboolean  required;
  gboolean  repeated;
} Child;

typedef struct
{
  const char  *name;
  ElementKind  kind;
  const char  *property;
  GType      (*entity_type) (void);
  const Attr  *attrs;
  const Child *children;
} Element;

typedef struct
{
  ElementId id;
  int       line;
  /* Which child comes next, and how many of it were seen. */
  guint     child_index;
  guint     child_count;
} Frame;

typedef struct
{
  const char           *display_name;
  const ChWorkshopSink *sink;
  gpointer              sink_data;
  GInputStream         *stream;
  GCancellable         *cancellable;
  ChWorkshopProgress    progress;
  gpointer              progress_data;
  goffset               bytes_read;
  gboolean              too_large;
  /* The prolog, scanned byte by byte before libxml2 sees it. */
  int                   prolog_state;
  int                   raw_lines;
  int                   text_line;
  int                   prolog_line;
  guint                 prolog_match;
  GError               *io_error;

  xmlTextReaderPtr      reader;
  GError               *error;

  Frame                 stack[MAX_DEPTH + 1];
  guint                 depth;
  guint                 n_elements;

  ChStoreWorkshop       workshop;
  gboolean              workshop_sent;

  GHashTable           *ids;            /* every id in the file */
  GHashTable           *refs[N_KINDS];  /* ids of the kinds that can be referred to */
  GHashTable           *cluster_counts; /* ideas so far per cluster, for default positions */
  guint                 n_clusters;
  gboolean              has_position;
  gsize                 entity_text;

  ChEntity             *entity;
  GString              *text;
  GPtrArray            *texts;          /* tags, quotes */
  GPtrArray            *personas;
  GPtrArray            *contributors;
  GPtrArray            *votes;
} Reader;

G_DEFINE_QUARK (ch-workshop-error-quark, ch_workshop_error)

static guint max_elements = CH_WORKSHOP_MAX_ELEMENTS;

void
ch_workshop_set_max_elements (guint max)
{
  max_elements = max > 0 ? max : CH_WORKSHOP_MAX_ELEMENTS;
}

static const Attr workshop_attrs[] = {
  { "version", ATTR_VERSION, TRUE },
  { "id", ATTR_UUID, TRUE },
  { "created", ATTR_TIME, TRUE },
  { "modified", ATTR_TIME, TRUE },
  { NULL }
};

static const Attr session_attrs[] = {
  { "id", ATTR_UUID, TRUE },
  { "date", ATTR_DATE, TRUE, "date" },
  { "modified", ATTR_TIME, TRUE, "modified" },
  { NULL }
};

static const Attr persona_attrs[] = {
  { "id", ATTR_UUID, TRUE },
  { "kind", ATTR_ENUM, FALSE, "kind", 0, 0, ch_persona_kind_get_type },
  { "color", ATTR_COLOR, FALSE, "color" },
  { "modified", ATTR_TIME, TRUE, "modified" },
  { NULL }
};

static const Attr participant_attrs[] = {
  { "id", ATTR_UUID, TRUE },
  { "kind", ATTR_ENUM, FALSE, "kind", 0, 0, ch_participant_kind_get_type },
  { "role", ATTR_ENUM, FALSE, "role", 0, 0, ch_participant_role_get_type },
  { "persona", ATTR_REF, FALSE, "persona-id", 0, 0, NULL, KIND_PERSONA },
  { "modified", ATTR_TIME, TRUE, "modified" },
  { NULL }
};

static const Attr cluster_attrs[] = {
  { "id", ATTR_UUID, TRUE },
  { "color", ATTR_COLOR, FALSE, "color" },
  { "position", ATTR_INT, FALSE, "position", 0, G_MAXINT },
  { "modified", ATTR_TIME, TRUE, "modified" },
  { NULL }
};

static const Attr idea_attrs[] = {
  { "id", ATTR_UUID, TRUE },
  { "created", ATTR_TIME, TRUE, "created" },
  { "modified", ATTR_TIME, TRUE, "modified" },
  { "status", ATTR_ENUM, FALSE, "status", 0, 0, ch_idea_status_get_type },
  { "cluster", ATTR_REF, FALSE, "cluster-id", 0, 0, NULL, KIND_CLUSTER },
  { "session", ATTR_REF, FALSE, "session-id", 0, 0, NULL, KIND_SESSION },
  { "impact", ATTR_INT, FALSE, "impact", 1, 5 },
  { "effort", ATTR_INT, FALSE, "effort", 1, 5 },
  { "position", ATTR_INT, FALSE, "position", 0, G_MAXINT },
  { NULL }
};

static const Attr for_attrs[] = {
  { "persona", ATTR_REF, TRUE, NULL, 0, 0, NULL, KIND_PERSONA },
  { NULL }
};

static const Attr contributor_attrs[] = {
  { "participant", ATTR_REF, TRUE, NULL, 0, 0, NULL, KIND_PARTICIPANT },
  { "informed", ATTR_DATE, FALSE },
  { NULL }
};

static const Attr vote_attrs[] = {
  { "participant", ATTR_REF, TRUE, NULL, 0, 0, NULL, KIND_PARTICIPANT },
  { "dots", ATTR_INT, TRUE, NULL, 1, 99 },
  { NULL }
};

static const Attr no_attrs[] = { { NULL } };

static const Child workshop_children[] = {
  { E_WORKSHOP_TITLE, TRUE },
  { E_WORKSHOP_DESCRIPTION },
  { E_SESSIONS },
  { E_PERSONAS },
  { E_PARTICIPANTS },
  { E_CLUSTERS },
  { E_IDEAS },
  { N_ELEMENT_IDS }
};

static const Child sessions_children[] = { { E_SESSION, FALSE, TRUE }, { N_ELEMENT_IDS } };
static const Child personas_children[] = { { E_PERSONA, FALSE, TRUE }, { N_ELEMENT_IDS } };
static const Child participants_children[] = { { E_PARTICIPANT, FALSE, TRUE }, { N_ELEMENT_IDS } };
static const Child clusters_children[] = { { E_CLUSTER, FALSE, TRUE }, { N_ELEMENT_IDS } };
static const Child ideas_children[] = { { E_IDEA, FALSE, TRUE }, { N_ELEMENT_IDS } };

static const Child session_children[] = {
  { E_SESSION_TITLE, TRUE },
  { E_FACILITATOR },
  { E_AGENDA },
  { N_ELEMENT_IDS }
};

static const Child persona_children[] = {
  { E_PERSONA_NAME, TRUE },
  { E_SEGMENT },
  { E_GOALS },
  { E_PAINS },
  { E_QUOTE, FALSE, TRUE },
  { E_NOTES },
  { N_ELEMENT_IDS }
};

static const Child participant_children[] = {
  { E_PARTICIPANT_NAME, TRUE },
  { E_ORGANISATION },
  { N_ELEMENT_IDS }
};

static const Child cluster_children[] = {
  { E_CLUSTER_NAME, TRUE },
  { E_SUMMARY },
  { N_ELEMENT_IDS }
};

static const Child idea_children[] = {
  { E_IDEA_TITLE, TRUE },
  { E_IDEA_DESCRIPTION },
  { E_TAG, FALSE, TRUE },
  { E_FOR, FALSE, TRUE },
  { E_CONTRIBUTOR, FALSE, TRUE },
  { E_VOTE, FALSE, TRUE },
  { N_ELEMENT_IDS }
};

static const Child no_children[] = { { N_ELEMENT_IDS } };

static const Element elements[N_ELEMENT_IDS] = {
  [E_WORKSHOP] = { "workshop", K_ROOT, NULL, NULL, workshop_attrs, workshop_children },
  [E_WORKSHOP_TITLE] = { "title", K_TEXT, "title", NULL, no_attrs, no_children },
  [E_WORKSHOP_DESCRIPTION] = { "description", K_TEXT, "description", NULL, no_attrs, no_children },
  [E_SESSIONS] = { "sessions", K_SECTION, NULL, NULL, no_attrs, sessions_children },
  [E_SESSION] = { "session", K_ENTITY, NULL, ch_session_get_type, session_attrs, session_children },
  [E_SESSION_TITLE] = { "title", K_TEXT, "title", NULL, no_attrs, no_children },
  [E_FACILITATOR] = { "facilitator", K_TEXT, "facilitator", NULL, no_attrs, no_children },
  [E_AGENDA] = { "agenda", K_TEXT, "agenda", NULL, no_attrs, no_children },
  [E_PERSONAS] = { "personas", K_SECTION, NULL, NULL, no_attrs, personas_children },
  [E_PERSONA] = { "persona", K_ENTITY, NULL, ch_persona_get_type, persona_attrs, persona_children },
  [E_PERSONA_NAME] = { "name", K_TEXT, "name", NULL, no_attrs, no_children },
  [E_SEGMENT] = { "segment", K_TEXT, "segment", NULL, no_attrs, no_children },
  [E_GOALS] = { "goals", K_TEXT, "goals", NULL, no_attrs, no_children },
  [E_PAINS] = { "pains", K_TEXT, "pains", NULL, no_attrs, no_children },
  [E_QUOTE] = { "quote", K_LIST_TEXT, "quotes", NULL, no_attrs, no_children },
  [E_NOTES] = { "notes", K_TEXT, "notes", NULL, no_attrs, no_children },
  [E_PARTICIPANTS] = { "participants", K_SECTION, NULL, NULL, no_attrs, participants_children },
  [E_PARTICIPANT] = { "participant", K_ENTITY, NULL, ch_participant_get_type,
                      participant_attrs, participant_children },
  [E_PARTICIPANT_NAME] = { "name", K_TEXT, "name", NULL, no_attrs, no_children },
  [E_ORGANISATION] = { "organisation", K_TEXT, "organisation", NULL, no_attrs, no_children },
  [E_CLUSTERS] = { "clusters", K_SECTION, NULL, NULL, no_attrs, clusters_children },
  [E_CLUSTER] = { "cluster", K_ENTITY, NULL, ch_cluster_get_type, cluster_attrs, cluster_children },
  [E_CLUSTER_NAME] = { "name", K_TEXT, "name", NULL, no_attrs, no_children },
  [E_SUMMARY] = { "summary", K_TEXT, "summary", NULL, no_attrs, no_children },
  [E_IDEAS] = { "ideas", K_SECTION, NULL, NULL, no_attrs, ideas_children },
  [E_IDEA] = { "idea", K_ENTITY, NULL, ch_idea_get_type, idea_attrs, idea_children },
  [E_IDEA_TITLE] = { "title", K_TEXT, "title", NULL, no_attrs, no_children },
  [E_IDEA_DESCRIPTION] = { "description", K_TEXT, "description", NULL, no_attrs, no_children },
  [E_TAG] = { "tag", K_LIST_TEXT, "tags", NULL, no_attrs, no_children },
  [E_FOR] = { "for", K_LINK, NULL, NULL, for_attrs, no_children },
  [E_CONTRIBUTOR] = { "contributor", K_LINK, NULL, NULL, contributor_attrs, no_children },
  [E_VOTE] = { "vote", K_LINK, NULL, NULL, vote_attrs, no_children },
};

G_GNUC_PRINTF (4, 5)
static gboolean
fail (Reader          *self,
      ChWorkshopError  code,
      int              line,
      const char      *format,
      ...)
{
  g_autofree char *what = NULL;
  va_list args;

  if (self->error != NULL)
    return FALSE;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);

  if (line > 0)
    /* Translators: the file's name, the line, then what is wrong there */
    g_set_error (&self->error, CH_WORKSHOP_ERROR, code, _("“%s”, line %d: %s"),
                 self->display_name, line, what);
  else
    g_set_error (&self->error, CH_WORKSHOP_ERROR, code, _("“%s”: %s"),
                 self->display_name, what);

  return FALSE;
}

static int
current_line (Reader *self)
{
  xmlNodePtr node = xmlTextReaderCurrentNode (self->reader);
  long line = node ? xmlGetLineNo (node) : -1;

  /* Past line 65535 libxml2 keeps exact lines only for text nodes; an
   * element then gets the line where the text before it ended, which is
   * where its start tag begins. */
  if (node != NULL && node->type == XML_ELEMENT_NODE && line >= 65535 && self->text_line > 0)
    line = self->text_line;

  if (line <= 0)
    line = xmlTextReaderGetParserLineNumber (self->reader);

  return (int)line;
}

enum {
  PROLOG_TEXT,
  PROLOG_LT,
  PROLOG_BANG,
  PROLOG_COMMENT,
  PROLOG_PI,
  PROLOG_DONE,
};

/* Looks at the bytes before the root element: a DOCTYPE there is refused
 * before the parser reads a byte of it, so no entity or DTD of a file is
 * ever parsed. Comments and the XML declaration are skipped; the scan
 * ends at the first element. */
static gboolean
scan_prolog (Reader     *self,
             const char *buffer,
             gsize       length)
{
  for (gsize i = 0; i < length && self->prolog_state != PROLOG_DONE; i++)
    {
      char c = buffer[i];

      if (c == '\n')
        self->prolog_line++;

      switch (self->prolog_state)
        {
        case PROLOG_TEXT:
          if (c == '<')
            self->prolog_state = PROLOG_LT;
          else if (!g_ascii_isspace (c) &&
                   !(self->bytes_read - (goffset)length + (goffset)i < 3 &&
                     (guchar)c == (guchar)"\xef\xbb\xbf"[self->bytes_read - length + i]))
            /* Only white space (and a UTF-8 byte order mark) may come
             * before the first tag: anything else is not UTF-8 XML, and
             * is refused before the parser reads it. */
            return fail (self, CH_WORKSHOP_ERROR_MALFORMED, self->prolog_line,
                         _("it does not start as a workshop file does: it is not XML "
                           "in UTF-8."));
          break;

        case PROLOG_LT:
          if (c == '!')
            self->prolog_state = PROLOG_BANG, self->prolog_match = 0;
          else if (c == '?')
            self->prolog_state = PROLOG_PI, self->prolog_match = 0;
          else
            self->prolog_state = PROLOG_DONE;
          break;

        case PROLOG_BANG:
          /* "<!--" opens a comment; anything else here is a declaration. */
          if (c == '-' && self->prolog_match == 0)
            self->prolog_match = 1;
          else if (c == '-' && self->prolog_match == 1)
            self->prolog_state = PROLOG_COMMENT, self->prolog_match = 0;
          else
            return fail (self, CH_WORKSHOP_ERROR_FORBIDDEN, self->prolog_line,
                         _("it has a document type declaration (<!DOCTYPE>); workshop files may "
                           "not have one, nor entities of their own."));
          break;

        case PROLOG_COMMENT:
          if (c == '-')
            self->prolog_match = MIN (self->prolog_match + 1, 2);
          else if (c == '>' && self->prolog_match == 2)
            self->prolog_state = PROLOG_TEXT;
          else
            self->prolog_match = 0;
          break;

        case PROLOG_PI:
          if (c == '?')
            self->prolog_match = 1;
          else if (c == '>' && self->prolog_match == 1)
            self->prolog_state = PROLOG_TEXT;
          else
            self->prolog_match = 0;
          break;

        default:
          g_assert_not_reached ();
        }
    }

  return TRUE;
}

static int
read_cb (void *context,
         char *buffer,
         int   length)
{
  Reader *self = context;
  gssize n_read;

  if (g_cancellable_is_cancelled (self->cancellable))
    return -1;

  n_read = g_input_stream_read (self->stream, buffer, length, self->cancellable,
                                self->io_error ? NULL : &self->io_error);
  if (n_read < 0)
    return -1;

  self->bytes_read += n_read;

  if (self->prolog_state != PROLOG_DONE && !scan_prolog (self, buffer, n_read))
    return -1;

  /* libxml2 would only say "Char 0x0 out of allowed range". */
  if (memchr (buffer, '\0', n_read) != NULL)
    {
      const char *nul = memchr (buffer, '\0', n_read);

      for (const char *p = buffer; p < nul; p++)
        self->raw_lines += *p == '\n';
      fail (self, CH_WORKSHOP_ERROR_MALFORMED, self->raw_lines + 1,
            _("it contains a NUL byte (a zero byte), which a text file cannot have: "
              "it is damaged or not a workshop file."));
      return -1;
    }

  for (const char *p = buffer; (p = memchr (p, '\n', buffer + n_read - p)); p++)
    self->raw_lines++;

  if (self->bytes_read > CH_WORKSHOP_MAX_BYTES)
    {
      self->too_large = TRUE;
      return -1;
    }

  if (self->progress != NULL)
    self->progress (self->bytes_read, self->progress_data);

  return (int)n_read;
}

static int
close_cb (void *context)
{
  return 0;
}

/* libxml2's own printing (an encoding it cannot convert, say): the
 * reader's error handler says what is wrong instead. */
static void
ignore_generic_error (void       *context,
                      const char *format,
                      ...)
{
}

/* Nothing is ever loaded because of a file's contents. */
static xmlParserInputPtr
refuse_entity_loader (const char       *url,
                      const char       *id,
                      xmlParserCtxtPtr  context)
{
  return NULL;
}

#if LIBXML_VERSION >= 21200
static void
structured_error_cb (void            *user_data,
                     const xmlError  *xml_error)
#else
static void
structured_error_cb (void       *user_data,
                     xmlErrorPtr xml_error)
#endif
{
  Reader *self = user_data;
  g_autofree char *message = NULL;

  if (xml_error == NULL || xml_error->level < XML_ERR_ERROR || self->error != NULL)
    return;

  message = g_strstrip (g_strdup (xml_error->message ? xml_error->message : ""));

  if (xml_error->code == XML_ERR_UNDECLARED_ENTITY || xml_error->code == XML_WAR_UNDECLARED_ENTITY)
    fail (self, CH_WORKSHOP_ERROR_FORBIDDEN, xml_error->line,
          _("it refers to an entity that is not one of the five of XML (%s)."), message);
  else if (xml_error->code == XML_ERR_DOCUMENT_EMPTY && self->bytes_read == 0)
    fail (self, CH_WORKSHOP_ERROR_MALFORMED, 1, _("the file is empty."));
  else if (xml_error->code == XML_ERR_DOCUMENT_END && self->depth == 0 && self->n_elements > 0)
    fail (self, CH_WORKSHOP_ERROR_MALFORMED, xml_error->line,
          _("there is more after the end of </workshop> (%s)."), message);
  else if (xml_error->code == XML_ERR_DOCUMENT_END && self->bytes_read == 0)
    fail (self, CH_WORKSHOP_ERROR_MALFORMED, 1, _("the file is empty."));
  else if (xml_error->code == XML_ERR_DOCUMENT_END ||
           xml_error->code == XML_ERR_DOCUMENT_EMPTY ||
           g_str_has_prefix (message, "Premature end") ||
           g_str_has_prefix (message, "EndTag: '</' not found"))
    fail (self, CH_WORKSHOP_ERROR_MALFORMED, xml_error->line,
          _("the file ends too early: it is cut off or incomplete (%s)."), message);
  else
    fail (self, CH_WORKSHOP_ERROR_MALFORMED, xml_error->line,
          _("this is not well-formed XML (%s)."), message);
}

static gboolean
parse_digits (const char *text,
              guint       n_digits,
              int        *value)
{
  *value = 0;

  for (guint i = 0; i < n_digits; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      *value = *value * 10 + (text[i] - '0');
    }

  return TRUE;
}

static gboolean
parse_date (const char *text,
            int        *year,
            int        *month,
            int        *day)
{
  return parse_digits (text, 4, year) && text[4] == '-' &&
         parse_digits (text + 5, 2, month) && text[7] == '-' &&
         parse_digits (text + 8, 2, day) &&
         *year >= 1 && g_date_valid_dmy (*day, *month, *year);
}

/**
 * ch_workshop_date_is_valid:
 *
 * Whether @text is a date of the format: YYYY-MM-DD, a real day.
 */
gboolean
ch_workshop_date_is_valid (const char *text)
{
  int year, month, day;

  return text != NULL && strlen (text) == 10 && parse_date (text, &year, &month, &day);
}

/**
 * ch_workshop_parse_time:
 *
 * Reads a time of the format: RFC 3339 in UTC with a Z, to the second
 * ("2026-11-22T10:15:00Z"), as seconds since the epoch.
 */
gboolean
ch_workshop_parse_time (const char *text,
                        gint64     *time)
{
  g_autoptr(GDateTime) date_time = NULL;
  int year, month, day, hour, minute, second;

  if (text == NULL || strlen (text) != 20 ||
      !parse_date (text, &year, &month, &day) || text[10] != 'T' ||
      !parse_digits (text + 11, 2, &hour) || text[13] != ':' ||
      !parse_digits (text + 14, 2, &minute) || text[16] != ':' ||
      !parse_digits (text + 17, 2, &second) || text[19] != 'Z' ||
      hour > 23 || minute > 59 || second > 59 || year < 1970)
    return FALSE;

  date_time = g_date_time_new_utc (year, month, day, hour, minute, second);
  if (date_time == NULL)
    return FALSE;

  *time = g_date_time_to_unix (date_time);

  return TRUE;
}

/* Checks one attribute's value and applies it. */
static gboolean
apply_attr (Reader     *self,
            ElementId   id,
            const Attr *attr,
            const char *value,
            int         line)
{
  const char *element = elements[id].name;
  gint64 number = 0;
  int enum_value = 0;

  switch (attr->type)
    {
    case ATTR_UUID:
      if (!ch_uuid_is_valid (value))
        return fail (self, CH_WORKSHOP_ERROR_INVALID, line,
                     _("<%s> has the id “%s”, which is not a lower-case UUID."),
                     element, value);
      if (g_hash_table_contains (self->ids, value))
        return fail (self, CH_WORKSHOP_ERROR_INVALID, line,
                     _("the id “%s” is used a second time (a duplicate id)."), value);
      g_hash_table_add (self->ids, g_strdup (value));
      break;

    case ATTR_REF:
      if (!g_hash_table_contains (self->refs[attr->ref_kind], value))
        {
          static const char * const kinds[] = {
            [KIND_SESSION] = "session",
            [KIND_PERSONA] = "persona",
            [KIND_PARTICIPANT] = "participant",
            [KIND_CLUSTER] = "cluster",
          };

          return fail (self, CH_WORKSHOP_ERROR_INVALID, line,
                       _("<%s> refers to a <%s> with the id “%s”, which is not defined earlier in the file."),
                       element, kinds[attr->ref_kind], value);
        }
      break;

    case ATTR_TIME:
      if (!ch_workshop_parse_time (value, &number))
        return fail (self, CH_WORKSHOP_ERROR_INVALID, line,
                     _("<%s> has %s=“%s”, which is not a time like 2026-11-22T10:15:00Z."),
                     element, attr->name, value);
      break;

    case ATTR_DATE:
      if (!ch_workshop_date_is_valid (value))
        return fail (self, CH_WORKSHOP_ERROR_INVALID, line,
                     _("<%s> has %s=“%s”, which is not a date like 2026-11-22."),
                     element, attr->name, value);
      break;

    case ATTR_ENUM:
      if (!ch_enum_from_nick (attr->enum_type (), value, &enum_value))
        {
          g_autoptr(GEnumClass) klass = g_type_class_ref (attr->enum_type ());
          g_autoptr(GString) choices = g_string_new (NULL);

          for (guint i = 0; i < klass->n_values; i++)
            g_string_append_printf (choices, "%s%s", i ? ", " : "", klass->values[i].value_nick);

          return fail (self, CH_WORKSHOP_ERROR_INVALID, line,
                       _("<%s> has %s=“%s”; it must be one of: %s."),
                       element, attr->name, value, choices->str);
        }
      break;

    case ATTR_INT:
      if (!g_ascii_string_to_signed (value, 10, attr->min, attr->max, &number, NULL) ||
          value[0] == '+' || (value[0] == '0' && value[1] != '\0'))
        {
          if (attr->max == G_MAXINT)
            return fail (self, CH_WORKSHOP_ERROR_INVALID, line,
                         _("<%s> has %s=“%s”; it must be a whole number from %d up."),
                         element, attr->name, value, attr->min);
          return fail (self, CH_WORKSHOP_ERROR_INVALID, line,
                       _("<%s> has %s=“%s”; it must be a whole number from %d to %d."),
                       element, attr->name, value, attr->min, attr->max);
        }
      break;

    case ATTR_COLOR:
      {
        gboolean ok = strlen (value) == 7 && value[0] == '#';

        for (guint i = 1; ok && i < 7; i++)
          ok = g_ascii_isxdigit (value[i]);
        if (!ok)
          return fail (self, CH_WORKSHOP_ERROR_INVALID, line,
                       _("<%s> has color=“%s”, which is not a color like #3584e4."),
                       element, value);
      }
      break;

    case ATTR_VERSION:
      if (!g_str_equal (value, "1"))
        {
          guint64 major = 0;
          g_auto(GStrv) parts = g_strsplit (value, ".", 2);

          if (parts[0] != NULL &&
              g_ascii_string_to_unsigned (parts[0], 10, 2, G_MAXUINT32, &major, NULL))
            return fail (self, CH_WORKSHOP_ERROR_NEWER, line,
                         _("it was made by a newer Charrette (workshop format version %s). "
                           "Update Charrette to open it."),
                         value);
          return fail (self, CH_WORKSHOP_ERROR_INVALID, line,
                       _("<workshop> has version=“%s”; this Charrette reads version 1."), value);
        }
      break;

    default:
      g_assert_not_reached ();
    }

  /* Apply it. */
  if (id == E_WORKSHOP)
    {
      if (g_str_equal (attr->name, "id"))
        self->workshop.id = g_strdup (value);
      else if (g_str_equal (attr->name, "created"))
        self->workshop.created = number;
      else if (g_str_equal (attr->name, "modified"))
        self->workshop.modified = number;
    }
  else if (self->entity != NULL && attr->property != NULL)
    {
      switch (attr->type)
        {
        case ATTR_TIME:
          g_object_set (self->entity, attr->property, number, NULL);
          break;
        case ATTR_ENUM:
          g_object_set (self->entity, attr->property, enum_value, NULL);
          break;
        case ATTR_INT:
          g_object_set (self->entity, attr->property, (int)number, NULL);
          break;
        case ATTR_UUID:
        case ATTR_VERSION:
        case ATTR_REF:
        case ATTR_DATE:
        case ATTR_COLOR:
        default:
          g_object_set (self->entity, attr->property, value, NULL);
          break;
        }
    }

  return TRUE;
}

static const Attr *
find_attr (const Attr *attrs,
           const char *name)
{
  for (const Attr *attr = attrs; attr->name != NULL; attr++)
    if (g_str_equal (attr->name, name))
      return attr;

  return NULL;
}

/* Reads the attributes of the current element: the ones it may have,
 * each once, those it must have, in any order. */
static gboolean
read_attrs (Reader    *self,
            ElementId  id,
            int        line)
{
  const Element *element = &elements[id];
  const char *values[12] = { NULL };
  g_autofree char *informed = NULL;
  char *owned[12] = { NULL };
  const char *participant = NULL;
  gboolean ok = TRUE;
  guint n_attrs = 0;
  int dots = 0;

  for (const Attr *attr = element->attrs; attr->name != NULL; attr++)
    n_attrs++;
  g_assert (n_attrs <= G_N_ELEMENTS (values));

  if (xmlTextReaderMoveToFirstAttribute (self->reader) == 1)
    {
      do
        {
          const char *name = (const char *)xmlTextReaderConstLocalName (self->reader);
          const char *ns = (const char *)xmlTextReaderConstNamespaceUri (self->reader);
          const char *value = (const char *)xmlTextReaderConstValue (self->reader);
          const Attr *attr;

          /* A declaration alone is harmless: what is refused is an element
           * or an attribute in another namespace. */
          if (xmlTextReaderIsNamespaceDecl (self->reader) == 1)
            continue;

          if (g_strcmp0 (ns, XML_NAMESPACE) == 0 && g_str_equal (name, "lang") &&
              (element->kind == K_TEXT || element->kind == K_LIST_TEXT))
            continue;

          if (ns != NULL)
            {
              ok = fail (self, CH_WORKSHOP_ERROR_INVALID, line,
                         _("<%s> has the attribute “%s” from another namespace (“%s”); "
                           "workshop files use only their own."),
                         element->name, (const char *)xmlTextReaderConstName (self->reader), ns);
              break;
            }

          attr = find_attr (element->attrs, name);
          if (attr == NULL)
            {
              ok = fail (self, CH_WORKSHOP_ERROR_INVALID, line,
                         _("<%s> has an attribute “%s” that the format does not know."),
                         element->name, (const char *)xmlTextReaderConstName (self->reader));
              break;
            }

          /* libxml2 already refuses an attribute given twice. */
          owned[attr - element->attrs] = g_strdup (value);
        }
      while (xmlTextReaderMoveToNextAttribute (self->reader) == 1);

      xmlTextReaderMoveToElement (self->reader);
    }

  for (guint i = 0; i < n_attrs; i++)
    values[i] = owned[i];

  if (element->kind == K_ENTITY)
    {
      self->has_position = FALSE;
      self->entity_text = 0;
    }

  /* The id first, so that the entity exists when the others apply. */
  for (guint i = 0; ok && i < n_attrs; i++)
    {
      const Attr *attr = &element->attrs[i];

      if (values[i] == NULL)
        {
          if (attr->required)
            ok = fail (self, CH_WORKSHOP_ERROR_INVALID, line,
                       _("<%s> has no %s attribute, which it must have."),
                       element->name, attr->name);
          continue;
        }

      if (attr->type == ATTR_UUID && element->kind == K_ENTITY)
        {
          ok = apply_attr (self, id, attr, values[i], line);
          if (ok)
            self->entity = g_object_new (element->entity_type (), "id", values[i], NULL);
        }
    }

  for (guint i = 0; ok && i < n_attrs; i++)
    {
      const Attr *attr = &element->attrs[i];

      if (values[i] == NULL || (attr->type == ATTR_UUID && element->kind == K_ENTITY))
        continue;

      ok = apply_attr (self, id, attr, values[i], line);

      if (g_str_equal (attr->name, "position"))
        self->has_position = TRUE;
      else if (g_str_equal (attr->name, "participant"))
        participant = values[i];
      else if (g_str_equal (attr->name, "informed"))
        informed = g_strdup (values[i]);
      else if (g_str_equal (attr->name, "dots"))
        dots = (int)g_ascii_strtoll (values[i], NULL, 10);
    }

  if (ok)
    {
      if (id == E_FOR)
        g_ptr_array_add (self->personas, g_strdup (values[0]));
      else if (id == E_CONTRIBUTOR)
        g_ptr_array_add (self->contributors, ch_contributor_new (participant, informed));
      else if (id == E_VOTE)
        g_ptr_array_add (self->votes, ch_vote_new (participant, dots));
    }

  for (guint i = 0; i < G_N_ELEMENTS (owned); i++)
    g_free (owned[i]);

  return ok;
}

static gboolean
send_workshop (Reader *self)
{
  if (self->workshop_sent)
    return TRUE;

  self->workshop_sent = TRUE;

  if (self->sink->workshop != NULL &&
      !self->sink->workshop (self->sink_data, &self->workshop, &self->error))
    return FALSE;

  return TRUE;
}

/* Where @id may stand among its parent's children, in order. */
static gboolean
place_child (Reader    *self,
             Frame     *parent,
             ElementId  id,
             int        line)
{
  const Child *children = elements[parent->id].children;
  guint index = G_MAXUINT;

  for (guint i = 0; children[i].id != N_ELEMENT_IDS; i++)
    if (children[i].id == id)
      index = i;

  g_assert (index != G_MAXUINT);

  if (index < parent->child_index)
    return fail (self, CH_WORKSHOP_ERROR_INVALID, line,
                 _("<%s> comes too late inside <%s>: it must come before <%s>."),
                 elements[id].name, elements[parent->id].name,
                 elements[children[parent->child_index].id].name);

  if (index == parent->child_index && parent->child_count > 0)
    {
      if (!children[index].repeated)
        return fail (self, CH_WORKSHOP_ERROR_INVALID, line,
                     _("<%s> has more than one <%s>."),
                     elements[parent->id].name, elements[id].name);
      /* Sections hold any number of entities; an entity only so many. */
      if (elements[parent->id].kind == K_ENTITY && parent->child_count >= MAX_REPEATED)
        return fail (self, CH_WORKSHOP_ERROR_TOO_LARGE, line,
                     _("<%s> has more than %d <%s> elements, more than Charrette reads."),
                     elements[parent->id].name, MAX_REPEATED, elements[id].name);
      parent->child_count++;
      return TRUE;
    }

  for (guint i = parent->child_index; i < index; i++)
    if (children[i].required && !(i == parent->child_index && parent->child_count > 0))
      return fail (self, CH_WORKSHOP_ERROR_INVALID, line,
                   _("<%s> has no <%s>, which must come before <%s>."),
                   elements[parent->id].name, elements[children[i].id].name,
                   elements[id].name);

  parent->child_index = index;
  parent->child_count = 1;

  return TRUE;
}

static gboolean
find_child (ElementId   parent,
            const char *name,
            ElementId  *id)
{
  const Child *children = elements[parent].children;

  for (guint i = 0; children[i].id != N_ELEMENT_IDS; i++)
    if (g_str_equal (elements[children[i].id].name, name))
      {
        *id = children[i].id;
        return TRUE;
      }

  return FALSE;
}

static gboolean end_element (Reader *self);

static gboolean
start_element (Reader *self)
{
  const char *name = (const char *)xmlTextReaderConstLocalName (self->reader);
  const char *ns = (const char *)xmlTextReaderConstNamespaceUri (self->reader);
  int line = current_line (self);
  gboolean empty = xmlTextReaderIsEmptyElement (self->reader) == 1;
  ElementId id;
  Frame *frame;

  if (++self->n_elements > max_elements)
    return fail (self, CH_WORKSHOP_ERROR_TOO_LARGE, line,
                 _("the file has more than %u elements, more than Charrette reads."),
                 max_elements);

  if (self->depth == 0)
    {
      if (g_strcmp0 (ns, NAMESPACE) == 0 && !g_str_equal (name, "workshop"))
        return fail (self, CH_WORKSHOP_ERROR_NOT_WORKSHOP, line,
                     _("this is not a Charrette workshop file: it starts with <%s>, "
                       "not <workshop>."),
                     (const char *)xmlTextReaderConstName (self->reader));
      if (g_strcmp0 (ns, NAMESPACE) != 0 || !g_str_equal (name, "workshop"))
        return fail (self, CH_WORKSHOP_ERROR_NOT_WORKSHOP, line,
                     _("this is not a Charrette workshop file: it starts with <%s> "
                       "in the namespace “%s”, not <workshop> in “%s”."),
                     (const char *)xmlTextReaderConstName (self->reader),
                     ns ? ns : "", NAMESPACE);
      id = E_WORKSHOP;
    }
  else
    {
      Frame *parent = &self->stack[self->depth - 1];

      if (g_strcmp0 (ns, NAMESPACE) != 0)
        {
          if (g_strcmp0 (ns, "http://www.w3.org/2001/XInclude") == 0 ||
              g_strcmp0 (ns, "http://www.w3.org/2003/XInclude") == 0)
            return fail (self, CH_WORKSHOP_ERROR_FORBIDDEN, line,
                         _("it has an XInclude element; workshop files may not include "
                           "other files."));
          return fail (self, CH_WORKSHOP_ERROR_INVALID, line,
                       _("<%s> is not in the Charrette workshop namespace."),
                       (const char *)xmlTextReaderConstName (self->reader));
        }

      if (self->depth >= MAX_DEPTH + 1 ||
          elements[parent->id].kind == K_TEXT || elements[parent->id].kind == K_LIST_TEXT ||
          elements[parent->id].kind == K_LINK)
        {
          if (self->depth >= MAX_DEPTH)
            return fail (self, CH_WORKSHOP_ERROR_TOO_LARGE, line,
                         _("<%s> is nested deeper than the format allows."), name);
          return fail (self, CH_WORKSHOP_ERROR_INVALID, line,
                       _("<%s> may not contain other elements, but it contains <%s>."),
                       elements[parent->id].name, name);
        }

      if (!find_child (parent->id, name, &id))
        return fail (self, CH_WORKSHOP_ERROR_INVALID, line,
                     _("<%s> is not allowed inside <%s>."), name, elements[parent->id].name);

      if (!place_child (self, parent, id, line))
        return FALSE;
    }

  frame = &self->stack[self->depth++];
  frame->id = id;
  frame->line = line;
  frame->child_index = 0;
  frame->child_count = 0;

  if (elements[id].kind == K_SECTION && !send_workshop (self))
    return FALSE;

  if (!read_attrs (self, id, line))
    return FALSE;

  if (elements[id].kind == K_TEXT || elements[id].kind == K_LIST_TEXT)
    g_string_truncate (self->text, 0);

  if (empty)
    return end_element (self);

  return TRUE;
}

static gboolean
finish_entity (Reader *self,
               Frame  *frame)
{
  ChEntity *entity = self->entity;
  const char *id = ch_entity_get_id (entity);
  gboolean ok;

  switch (frame->id)
    {
    case E_SESSION:
      g_hash_table_add (self->refs[KIND_SESSION], g_strdup (id));
      break;

    case E_PERSONA:
      g_hash_table_add (self->refs[KIND_PERSONA], g_strdup (id));
      if (self->texts->len > 0)
        {
          g_ptr_array_add (self->texts, NULL);
          g_object_set (entity, "quotes", self->texts->pdata, NULL);
        }
      break;

    case E_PARTICIPANT:
      g_hash_table_add (self->refs[KIND_PARTICIPANT], g_strdup (id));
      break;

    case E_CLUSTER:
      g_hash_table_add (self->refs[KIND_CLUSTER], g_strdup (id));
      /* No position: its place in the file. */
      if (!self->has_position)
        g_object_set (entity, "position", self->n_clusters, NULL);
      self->n_clusters++;
      break;

    case E_IDEA:
      {
        /* No position: its place among the ideas of its cluster (or of
         * no cluster) in the file. Cluster ids are interned by ChIdea. */
        const char *cluster = ch_idea_get_cluster_id (CH_IDEA (entity));
        guint count = GPOINTER_TO_UINT (g_hash_table_lookup (self->cluster_counts, cluster));

        if (!self->has_position)
          g_object_set (entity, "position", count, NULL);
        g_hash_table_insert (self->cluster_counts, (gpointer)cluster, GUINT_TO_POINTER (count + 1));
      }
      if (self->texts->len > 0)
        {
          g_ptr_array_add (self->texts, NULL);
          g_object_set (entity, "tags", self->texts->pdata, NULL);
        }
      if (self->personas->len > 0)
        {
          g_ptr_array_add (self->personas, NULL);
          g_object_set (entity, "personas", self->personas->pdata, NULL);
        }
      if (self->contributors->len > 0)
        g_object_set (entity, "contributors", self->contributors, NULL);
      if (self->votes->len > 0)
        g_object_set (entity, "votes", self->votes, NULL);
      break;

    case E_WORKSHOP:
    case E_WORKSHOP_TITLE:
    case E_WORKSHOP_DESCRIPTION:
    case E_SESSIONS:
    case E_SESSION_TITLE:
    case E_FACILITATOR:
    case E_AGENDA:
    case E_PERSONAS:
    case E_PERSONA_NAME:
    case E_SEGMENT:
    case E_GOALS:
    case E_PAINS:
    case E_QUOTE:
    case E_NOTES:
    case E_PARTICIPANTS:
    case E_PARTICIPANT_NAME:
    case E_ORGANISATION:
    case E_CLUSTERS:
    case E_CLUSTER_NAME:
    case E_SUMMARY:
    case E_IDEAS:
    case E_IDEA_TITLE:
    case E_IDEA_DESCRIPTION:
    case E_TAG:
    case E_FOR:
    case E_CONTRIBUTOR:
    case E_VOTE:
    case N_ELEMENT_IDS:
    default:
      g_assert_not_reached ();
    }

  g_ptr_array_set_size (self->texts, 0);
  g_ptr_array_set_size (self->personas, 0);
  g_ptr_array_set_size (self->contributors, 0);
  g_ptr_array_set_size (self->votes, 0);

  ok = self->sink->entity == NULL || self->sink->entity (self->sink_data, entity, &self->error);
  g_clear_object (&self->entity);

  return ok;
}

static gboolean
end_element (Reader *self)
{
  Frame *frame = &self->stack[self->depth - 1];
  const Element *element = &elements[frame->id];
  const Child *children = element->children;

  /* A required child that never came. */
  for (guint i = frame->child_index; children[i].id != N_ELEMENT_IDS; i++)
    if (children[i].required && !(i == frame->child_index && frame->child_count > 0))
      return fail (self, CH_WORKSHOP_ERROR_INVALID, frame->line,
                   _("<%s> has no <%s>, which it must have."),
                   element->name, elements[children[i].id].name);

  switch (element->kind)
    {
    case K_TEXT:
      if (frame->id == E_WORKSHOP_TITLE)
        self->workshop.title = g_strdup (self->text->str);
      else if (frame->id == E_WORKSHOP_DESCRIPTION)
        /* An empty optional text is an absent one, as on entities. */
        self->workshop.description = self->text->len > 0 ? g_strdup (self->text->str) : NULL;
      else
        g_object_set (self->entity, element->property, self->text->str, NULL);
      break;

    case K_LIST_TEXT:
      g_ptr_array_add (self->texts, g_strdup (self->text->str));
      break;

    case K_ENTITY:
      if (!finish_entity (self, frame))
        return FALSE;
      break;

    case K_ROOT:
      if (!send_workshop (self))
        return FALSE;
      break;

    case K_SECTION:
    case K_LINK:
    default:
      break;
    }

  self->depth--;

  return TRUE;
}

static gboolean
add_text (Reader *self)
{
  const char *value = (const char *)xmlTextReaderConstValue (self->reader);
  Frame *frame;

  if (self->depth == 0)
    return TRUE;

  frame = &self->stack[self->depth - 1];

  if (elements[frame->id].kind != K_TEXT && elements[frame->id].kind != K_LIST_TEXT)
    {
      /* libxml2 gives a text node the line where it ends. */
      int line = current_line (self);

      for (const char *p = value; p && *p; p++)
        if (*p == '\n')
          line--;
      for (const char *p = value; p && *p; p++)
        if (*p == '\n')
          line++;
        else if (!g_ascii_isspace (*p))
          return fail (self, CH_WORKSHOP_ERROR_INVALID, line,
                       _("<%s> has text in it, where only other elements may stand."),
                       elements[frame->id].name);
      return TRUE;
    }

  if (value != NULL)
    {
      gsize length = strlen (value);

      if (self->text->len + length > CH_WORKSHOP_MAX_TEXT)
        return fail (self, CH_WORKSHOP_ERROR_TOO_LARGE, frame->line,
                     _("the text of <%s> is longer than 1 MiB, more than Charrette reads."),
                     elements[frame->id].name);
      self->entity_text += length;
      if (self->entity != NULL && self->entity_text > MAX_ENTITY_TEXT)
        return fail (self, CH_WORKSHOP_ERROR_TOO_LARGE, frame->line,
                     _("one entity has more than 16 MiB of text, more than Charrette reads."));
      g_string_append_len (self->text, value, length);
    }

  return TRUE;
}

static gboolean
read_node (Reader *self)
{
  int type = xmlTextReaderNodeType (self->reader);

  switch (type)
    {
    case XML_READER_TYPE_ELEMENT:
      return start_element (self);

    case XML_READER_TYPE_END_ELEMENT:
      return end_element (self);

    case XML_READER_TYPE_TEXT:
    case XML_READER_TYPE_CDATA:
    case XML_READER_TYPE_WHITESPACE:
    case XML_READER_TYPE_SIGNIFICANT_WHITESPACE:
      {
        xmlNodePtr node = xmlTextReaderCurrentNode (self->reader);

        self->text_line = node ? (int)xmlGetLineNo (node) : 0;
      }
      return add_text (self);

    case XML_READER_TYPE_COMMENT:
      return TRUE;

    case XML_READER_TYPE_DOCUMENT_TYPE:
      return fail (self, CH_WORKSHOP_ERROR_FORBIDDEN, current_line (self),
                   _("it has a document type declaration (<!DOCTYPE>); workshop files may "
                     "not have one, nor entities of their own."));

    case XML_READER_TYPE_ENTITY_REFERENCE:
    case XML_READER_TYPE_ENTITY:
      return fail (self, CH_WORKSHOP_ERROR_FORBIDDEN, current_line (self),
                   _("it refers to an entity; workshop files may use only the five of XML "
                     "and character references."));

    case XML_READER_TYPE_PROCESSING_INSTRUCTION:
      return fail (self, CH_WORKSHOP_ERROR_FORBIDDEN, current_line (self),
                   _("it has a processing instruction (<?%s?>); workshop files may not "
                     "have any but the XML declaration."),
                   (const char *)xmlTextReaderConstName (self->reader));

    default:
      return fail (self, CH_WORKSHOP_ERROR_FORBIDDEN, current_line (self),
                   _("it has XML that workshop files may not have (node type %d)."), type);
    }
}

static void
reader_clear (Reader *self)
{
  g_clear_pointer (&self->reader, xmlFreeTextReader);
  g_clear_pointer (&self->ids, g_hash_table_unref);
  for (guint i = 0; i < N_KINDS; i++)
    g_clear_pointer (&self->refs[i], g_hash_table_unref);
  g_clear_pointer (&self->cluster_counts, g_hash_table_unref);
  g_clear_object (&self->entity);
  if (self->text != NULL)
    g_string_free (self->text, TRUE);
  g_clear_pointer (&self->texts, g_ptr_array_unref);
  g_clear_pointer (&self->personas, g_ptr_array_unref);
  g_clear_pointer (&self->contributors, g_ptr_array_unref);
  g_clear_pointer (&self->votes, g_ptr_array_unref);
  ch_store_workshop_clear (&self->workshop);
  g_clear_error (&self->io_error);
}

/**
 * ch_workshop_read:
 * @stream: the file's content
 * @display_name: the file's name, for messages
 * @sink: what to do with what is read
 *
 * Reads a workshop file from @stream to its end, checking every rule of
 * the format page as it goes, and hands the workshop and its entities to
 * @sink. Stops at the first problem, with an error that names the file,
 * the line and what is wrong; what the sink already received must then
 * be discarded by the caller (the import rolls back its transaction).
 */
gboolean
ch_workshop_read (GInputStream          *stream,
                  const char            *display_name,
                  const ChWorkshopSink  *sink,
                  gpointer               sink_data,
                  ChWorkshopProgress     progress,
                  gpointer               progress_data,
                  GCancellable          *cancellable,
                  GError               **error)
{
  static gsize initialized;
  Reader self = { 0 };
  int options;
  int rc;

  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (sink != NULL, FALSE);

  if (g_once_init_enter (&initialized))
    {
      xmlInitParser ();
      xmlSetExternalEntityLoader (refuse_entity_loader);
      g_once_init_leave (&initialized, 1);
    }

  self.display_name = display_name;
  self.prolog_line = 1;
  self.sink = sink;
  self.sink_data = sink_data;
  self.stream = stream;
  self.cancellable = cancellable;
  self.progress = progress;
  self.progress_data = progress_data;
  self.ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < N_KINDS; i++)
    self.refs[i] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self.cluster_counts = g_hash_table_new (NULL, NULL);
  self.text = g_string_sized_new (256);
  self.texts = g_ptr_array_new_with_free_func (g_free);
  self.personas = g_ptr_array_new_with_free_func (g_free);
  self.contributors = g_ptr_array_new_with_free_func ((GDestroyNotify)ch_contributor_free);
  self.votes = g_ptr_array_new_with_free_func ((GDestroyNotify)ch_vote_free);

  /* No network, no DTD loading or validation, no entity substitution, no
   * XInclude, no "huge" relaxation of libxml2's own limits, no recovery
   * from errors. Big line numbers, so that a line past 65535 is right. */
  options = XML_PARSE_NONET | XML_PARSE_BIG_LINES | XML_PARSE_NOCDATA;
#if LIBXML_VERSION >= 21300
  options |= XML_PARSE_NO_XXE;
#endif

  /* Per thread in libxml2: set here, in the thread that reads. */
  xmlSetGenericErrorFunc (NULL, ignore_generic_error);

  self.reader = xmlReaderForIO (read_cb, close_cb, &self, NULL, NULL, options);
  if (self.reader == NULL)
    {
      g_set_error (error, CH_WORKSHOP_ERROR, CH_WORKSHOP_ERROR_IO,
                   _("“%s” could not be read."), display_name);
      reader_clear (&self);
      return FALSE;
    }

  xmlTextReaderSetStructuredErrorHandler (self.reader, structured_error_cb, &self);

  while ((rc = xmlTextReaderRead (self.reader)) == 1)
    {
      if (self.error != NULL)
        break;

      /* The declaration is read with the first node. */
      if (self.n_elements == 0)
        {
          const char *encoding = (const char *)xmlTextReaderConstEncoding (self.reader);

          if (encoding != NULL && g_ascii_strcasecmp (encoding, "UTF-8") != 0)
            {
              fail (&self, CH_WORKSHOP_ERROR_MALFORMED, 1,
                    _("it is encoded as %s; workshop files are UTF-8."), encoding);
              break;
            }
        }

      if (!read_node (&self))
        break;
    }

  /* What stopped the reading, most telling first. */
  if (g_cancellable_is_cancelled (cancellable))
    {
      g_clear_error (&self.error);
      g_set_error (&self.error, CH_WORKSHOP_ERROR, CH_WORKSHOP_ERROR_CANCELLED,
                   _("Reading “%s” was cancelled."), display_name);
    }
  else if (self.too_large)
    {
      g_clear_error (&self.error);
      g_set_error (&self.error, CH_WORKSHOP_ERROR, CH_WORKSHOP_ERROR_TOO_LARGE,
                   _("“%s” is larger than Charrette reads (2 GiB)."), display_name);
    }
  else if (self.io_error != NULL)
    {
      g_clear_error (&self.error);
      g_set_error (&self.error, CH_WORKSHOP_ERROR, CH_WORKSHOP_ERROR_IO,
                   _("“%s” could not be read: %s"), display_name, self.io_error->message);
    }
  else if (self.error == NULL && rc < 0)
    fail (&self, CH_WORKSHOP_ERROR_MALFORMED, xmlTextReaderGetParserLineNumber (self.reader),
          _("this is not well-formed XML."));
  else if (self.error == NULL && (self.depth != 0 || self.n_elements == 0))
    fail (&self, CH_WORKSHOP_ERROR_MALFORMED, xmlTextReaderGetParserLineNumber (self.reader),
          _("the file ends too early: it is cut off or incomplete."));

  if (self.error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&self.error));
      reader_clear (&self);
      return FALSE;
    }

  reader_clear (&self);

  return TRUE;
}

/* Reading in one thread while the sink works in another: the reader
 * hands what it reads through a queue of bounded length. */

#define PIPE_CAPACITY 4096
/* The consumer is woken for this many items at a time, not for each. */
#define PIPE_BATCH 512

typedef struct
{
  ChStoreWorkshop *workshop;
  ChEntity        *entity;
} PipeItem;

typedef struct
{
  GMutex                mutex;
  GCond                 cond;
  GQueue                items;
  gboolean              done;
  gboolean              stop;
  GError               *read_error;

  GInputStream         *stream;
  const char           *display_name;
  ChWorkshopProgress    progress;
  gpointer              progress_data;
  GCancellable         *cancellable;
} Pipe;

static gboolean
pipe_push (Pipe     *pipe,
           PipeItem *item,
           GError  **error)
{
  gboolean stopped;

  g_mutex_lock (&pipe->mutex);
  while (pipe->items.length >= PIPE_CAPACITY && !pipe->stop)
    g_cond_wait (&pipe->cond, &pipe->mutex);
  stopped = pipe->stop;
  if (!stopped)
    {
      g_queue_push_tail (&pipe->items, item);
      if (pipe->items.length == PIPE_BATCH)
        g_cond_broadcast (&pipe->cond);
    }
  g_mutex_unlock (&pipe->mutex);

  if (stopped)
    {
      /* The consumer failed; its error is the one reported. */
      g_set_error_literal (error, CH_WORKSHOP_ERROR, CH_WORKSHOP_ERROR_CANCELLED, "stopped");
      return FALSE;
    }

  return TRUE;
}

static void
pipe_item_free (PipeItem *item)
{
  if (item->workshop != NULL)
    {
      ch_store_workshop_clear (item->workshop);
      g_free (item->workshop);
    }
  g_clear_object (&item->entity);
  g_free (item);
}

static gboolean
pipe_workshop_cb (gpointer               user_data,
                  const ChStoreWorkshop *workshop,
                  GError               **error)
{
  PipeItem *item = g_new0 (PipeItem, 1);
  gboolean ok;

  item->workshop = g_new0 (ChStoreWorkshop, 1);
  item->workshop->id = g_strdup (workshop->id);
  item->workshop->title = g_strdup (workshop->title);
  item->workshop->description = g_strdup (workshop->description);
  item->workshop->created = workshop->created;
  item->workshop->modified = workshop->modified;

  if (!(ok = pipe_push (user_data, item, error)))
    pipe_item_free (item);

  return ok;
}

static gboolean
pipe_entity_cb (gpointer   user_data,
                ChEntity  *entity,
                GError   **error)
{
  PipeItem *item = g_new0 (PipeItem, 1);
  gboolean ok;

  item->entity = g_object_ref (entity);

  if (!(ok = pipe_push (user_data, item, error)))
    pipe_item_free (item);

  return ok;
}

static gpointer
pipe_read_thread (gpointer user_data)
{
  static const ChWorkshopSink sink = { pipe_workshop_cb, pipe_entity_cb };
  Pipe *pipe = user_data;
  GError *error = NULL;

  ch_workshop_read (pipe->stream, pipe->display_name, &sink, pipe,
                    pipe->progress, pipe->progress_data, pipe->cancellable, &error);

  g_mutex_lock (&pipe->mutex);
  pipe->done = TRUE;
  pipe->read_error = error;
  g_cond_broadcast (&pipe->cond);
  g_mutex_unlock (&pipe->mutex);

  return NULL;
}

/**
 * ch_workshop_read_pipelined:
 *
 * Does what ch_workshop_read() does, but parses in a thread of its own
 * while @sink runs in this one, so that reading and storing a large
 * file use two processor cores. @progress is called from the parsing
 * thread. The sink's error, if it fails, is the one returned.
 */
gboolean
ch_workshop_read_pipelined (GInputStream          *stream,
                            const char            *display_name,
                            const ChWorkshopSink  *sink,
                            gpointer               sink_data,
                            ChWorkshopProgress     progress,
                            gpointer               progress_data,
                            GCancellable          *cancellable,
                            GError               **error)
{
  Pipe pipe = { 0 };
  GError *sink_error = NULL;
  GThread *thread;
  GQueue batch = G_QUEUE_INIT;
  gboolean ok = TRUE;

  g_mutex_init (&pipe.mutex);
  g_cond_init (&pipe.cond);
  pipe.stream = stream;
  pipe.display_name = display_name;
  pipe.progress = progress;
  pipe.progress_data = progress_data;
  pipe.cancellable = cancellable;

  thread = g_thread_new ("ch-workshop-reader", pipe_read_thread, &pipe);

  while (ok)
    {
      /* Take all that is there at once, to meet on the lock less. */
      g_mutex_lock (&pipe.mutex);
      while (pipe.items.length < PIPE_BATCH && !pipe.done)
        g_cond_wait (&pipe.cond, &pipe.mutex);
      batch = pipe.items;
      g_queue_init (&pipe.items);
      /* The reader may be waiting for room. */
      if (batch.length >= PIPE_CAPACITY)
        g_cond_broadcast (&pipe.cond);
      g_mutex_unlock (&pipe.mutex);

      if (batch.length == 0)
        break;

      while (ok && batch.length > 0)
        {
          PipeItem *item = g_queue_pop_head (&batch);

          if (item->workshop != NULL)
            ok = sink->workshop == NULL || sink->workshop (sink_data, item->workshop, &sink_error);
          else
            ok = sink->entity == NULL || sink->entity (sink_data, item->entity, &sink_error);

          pipe_item_free (item);
        }
    }

  if (!ok)
    {
      g_mutex_lock (&pipe.mutex);
      pipe.stop = TRUE;
      g_cond_broadcast (&pipe.cond);
      g_mutex_unlock (&pipe.mutex);
    }

  g_thread_join (thread);

  g_queue_clear_full (&batch, (GDestroyNotify)pipe_item_free);
  g_queue_clear_full (&pipe.items, (GDestroyNotify)pipe_item_free);
  g_mutex_clear (&pipe.mutex);
  g_cond_clear (&pipe.cond);

  if (!ok)
    {
      g_clear_error (&pipe.read_error);
      g_propagate_error (error, sink_error);
      return FALSE;
    }

  if (pipe.read_error != NULL)
    {
      g_propagate_error (error, pipe.read_error);
      return FALSE;
    }

  return TRUE;
}

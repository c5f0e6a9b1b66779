CREATE SCHEMA "anigraph_vectors";
--> statement-breakpoint
CREATE TABLE "anigraph_vectors"."models" (
	"model" text PRIMARY KEY NOT NULL,
	"table_name" text NOT NULL,
	"dimensions" integer NOT NULL,
	"distance" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"loaded_at" timestamp with time zone,
	CONSTRAINT "models_table_name_unique" UNIQUE("table_name")
);

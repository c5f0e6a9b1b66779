import { Field, InputType } from 'type-graphql';

@InputType({
  description:
    'A picture to search by: exactly one of `base64` and `url`. PNG, JPEG, WebP or GIF (judged by its bytes), at most IMAGE_MAX_BYTES (5 MiB) and IMAGE_MAX_PIXELS (40 megapixels); anything else fails with BAD_USER_INPUT naming the rule.',
})
export class ImageInput {
  @Field(() => String, { nullable: true, description: 'The file in base64, or as a data URL ("data:image/png;base64,…").' })
  base64?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'An http(s) URL of the picture. It must lead to a public address (no loopback, private, link-local or metadata ranges, checked after DNS and on each of at most 3 redirects) unless IMAGE_FETCH_ALLOW_HOSTS names its host; read within IMAGE_FETCH_TIMEOUT_MS.',
  })
  url?: string | null;
}

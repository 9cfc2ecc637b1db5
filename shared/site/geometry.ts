/**
 * The shape of a category listing, in one place: the publisher reads and renders by it, and the touched
 * pages of a change follow from it. Listing blocks are numbered from the oldest article, so a new article
 * lands in the newest block and older blocks never shift.
 */

/** Articles per listing block (one block is one listing page). */
export const LISTING_PAGE_SIZE = 20;

/** The listing block an article's ordinal falls in (ordinals count from 0 per category and language). */
export const listingBlockOf = (ordinal: number) => Math.floor(ordinal / LISTING_PAGE_SIZE) + 1;

/** The first and last ordinal of listing block `block`. */
export const blockOrdinals = (block: number) => ({
  from: (block - 1) * LISTING_PAGE_SIZE,
  to: block * LISTING_PAGE_SIZE - 1,
});

/** The newest block of a listing whose newest ordinal is `latestOrdinal` (-1 when it is empty: block 1). */
export const newestBlockOf = (latestOrdinal: number) => listingBlockOf(Math.max(latestOrdinal, 0));

/** How many of the newest blocks the category's front page shows. */
const FRONT_BLOCKS = 2;

/** Whether the category's front page shows block `block` of a listing whose newest block is `newestBlock`. */
export const frontShowsBlock = (block: number, newestBlock: number) => block > newestBlock - FRONT_BLOCKS;

/**
 * What the category's front page shows: the ordinals of its newest blocks, and the newest block it does
 * not show (its "older" link), if there is one.
 */
export function frontOf(latestOrdinal: number): { from: number; to: number; olderBlock?: number } {
  const newestBlock = newestBlockOf(latestOrdinal);
  const olderBlock = newestBlock - FRONT_BLOCKS;
  return {
    from: Math.max(0, blockOrdinals(olderBlock + 1).from),
    to: latestOrdinal,
    ...(olderBlock >= 1 ? { olderBlock } : {}),
  };
}

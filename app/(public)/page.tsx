import { HomeListing, homeMetadata } from "@/components/public/HomeListing";

// Top Headlines: a static page, re-rendered when publishing expires its tags (or after 5 minutes).
export const revalidate = 300;
export const metadata = homeMetadata(null);

export default function HomePage() {
  return <HomeListing before={null} />;
}

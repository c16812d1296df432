/**
 * External dependencies
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

/**
 * Internal dependencies
 */
import { FeaturedImageField } from '../featured-image-field';
import { mockServer } from '../../../test-utils/server';

/** The upload the composer would run; these tests never reach it. */
const upload = jest.fn( () => Promise.reject( new Error( 'no upload' ) ) );

describe( 'FeaturedImageField', () => {
	it( 'should refuse a file that is not an image, without uploading it', async () => {
		const onChange = jest.fn();
		const user = userEvent.setup( { applyAccept: false } );
		const { container } = render(
			<FeaturedImageField
				image={ null }
				upload={ upload }
				progress={ null }
				onChange={ onChange }
			/>
		);

		const input = container.querySelector(
			'input[type="file"]'
		) as HTMLInputElement;
		await user.upload(
			input,
			new File( [ 'hello' ], 'notes.txt', { type: 'text/plain' } )
		);

		expect( await screen.findByRole( 'alert' ) ).toHaveTextContent(
			'That file is not an image.'
		);
		expect( onChange ).not.toHaveBeenCalled();
		expect( upload ).not.toHaveBeenCalled();
	} );

	it( 'should choose an image from the media library', async () => {
		mockServer( () => [
			{
				id: 31,
				source_url: 'http://example.test/full.jpg',
				alt_text: 'A cat',
				title: { rendered: 'Cat' },
				media_details: {
					sizes: {
						medium: {
							source_url: 'http://example.test/medium.jpg',
						},
					},
				},
			},
		] );
		const onChange = jest.fn();
		const user = userEvent.setup();
		render(
			<FeaturedImageField
				image={ null }
				upload={ upload }
				progress={ null }
				onChange={ onChange }
			/>
		);

		await user.click(
			screen.getByRole( 'button', { name: 'Media library' } )
		);
		const dialog = await screen.findByRole( 'dialog', {
			name: 'Choose a featured image',
		} );
		await user.click(
			await within( dialog ).findByRole( 'button', { name: 'Cat' } )
		);

		expect( onChange ).toHaveBeenCalledWith( {
			id: 31,
			url: 'http://example.test/medium.jpg',
			alt: 'A cat',
		} );
	} );

	it( 'should preview the image and remove it', async () => {
		const onChange = jest.fn();
		const user = userEvent.setup();
		render(
			<FeaturedImageField
				image={ {
					id: 31,
					url: 'http://example.test/m.jpg',
					alt: 'A cat',
				} }
				upload={ upload }
				progress={ null }
				onChange={ onChange }
			/>
		);

		expect( screen.getByRole( 'img', { name: 'A cat' } ) ).toHaveAttribute(
			'src',
			'http://example.test/m.jpg'
		);
		await user.click(
			screen.getByRole( 'button', { name: 'Remove image' } )
		);
		expect( onChange ).toHaveBeenCalledWith( null );
	} );
} );

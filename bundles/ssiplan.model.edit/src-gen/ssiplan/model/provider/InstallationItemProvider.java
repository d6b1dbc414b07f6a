/**
 */
package ssiplan.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;

import ssiplan.model.Installation;
import ssiplan.model.SsiplanFactory;
import ssiplan.model.SsiplanPackage;

/**
 * This is the item provider adapter for a {@link ssiplan.model.Installation} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class InstallationItemProvider 
	extends ItemProviderAdapter
	implements
		IEditingDomainItemProvider,
		IStructuredItemContentProvider,
		ITreeItemContentProvider,
		IItemLabelProvider,
		IItemPropertySource {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InstallationItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addNamePropertyDescriptor(object);
			addDescriptionPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Installation_name_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Installation_name_feature", "_UI_Installation_type"),
				 SsiplanPackage.Literals.INSTALLATION__NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Description feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDescriptionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Installation_description_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Installation_description_feature", "_UI_Installation_type"),
				 SsiplanPackage.Literals.INSTALLATION__DESCRIPTION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(SsiplanPackage.Literals.INSTALLATION__CECS);
			childrenFeatures.add(SsiplanPackage.Literals.INSTALLATION__DASD_VOLUMES);
			childrenFeatures.add(SsiplanPackage.Literals.INSTALLATION__REAL_DEVICES);
			childrenFeatures.add(SsiplanPackage.Literals.INSTALLATION__CLUSTERS);
			childrenFeatures.add(SsiplanPackage.Literals.INSTALLATION__SETTINGS);
			childrenFeatures.add(SsiplanPackage.Literals.INSTALLATION__SCENARIOS);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean hasChildren(Object object) {
		return hasChildren(object, true);
	}

	/**
	 * This returns Installation.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Installation"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * Labels come from {@link ssiplan.model.format.ElementLabels} so the tree, the diagram and the CLI agree.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public String getText(Object object) {
		return ssiplan.model.format.ElementLabels.of((org.eclipse.emf.ecore.EObject) object);
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(Installation.class)) {
			case SsiplanPackage.INSTALLATION__NAME:
			case SsiplanPackage.INSTALLATION__DESCRIPTION:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case SsiplanPackage.INSTALLATION__CECS:
			case SsiplanPackage.INSTALLATION__DASD_VOLUMES:
			case SsiplanPackage.INSTALLATION__REAL_DEVICES:
			case SsiplanPackage.INSTALLATION__CLUSTERS:
			case SsiplanPackage.INSTALLATION__SETTINGS:
			case SsiplanPackage.INSTALLATION__SCENARIOS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(SsiplanPackage.Literals.INSTALLATION__CECS,
				 SsiplanFactory.eINSTANCE.createCec()));

		newChildDescriptors.add
			(createChildParameter
				(SsiplanPackage.Literals.INSTALLATION__DASD_VOLUMES,
				 SsiplanFactory.eINSTANCE.createDasdVolume()));

		newChildDescriptors.add
			(createChildParameter
				(SsiplanPackage.Literals.INSTALLATION__REAL_DEVICES,
				 SsiplanFactory.eINSTANCE.createOsaDevice()));

		newChildDescriptors.add
			(createChildParameter
				(SsiplanPackage.Literals.INSTALLATION__REAL_DEVICES,
				 SsiplanFactory.eINSTANCE.createFcpDevice()));

		newChildDescriptors.add
			(createChildParameter
				(SsiplanPackage.Literals.INSTALLATION__REAL_DEVICES,
				 SsiplanFactory.eINSTANCE.createHiperSocketsDevice()));

		newChildDescriptors.add
			(createChildParameter
				(SsiplanPackage.Literals.INSTALLATION__CLUSTERS,
				 SsiplanFactory.eINSTANCE.createSsiCluster()));

		newChildDescriptors.add
			(createChildParameter
				(SsiplanPackage.Literals.INSTALLATION__SETTINGS,
				 SsiplanFactory.eINSTANCE.createPlanningSettings()));

		newChildDescriptors.add
			(createChildParameter
				(SsiplanPackage.Literals.INSTALLATION__SCENARIOS,
				 SsiplanFactory.eINSTANCE.createMaintenanceRollout()));

		newChildDescriptors.add
			(createChildParameter
				(SsiplanPackage.Literals.INSTALLATION__SCENARIOS,
				 SsiplanFactory.eINSTANCE.createUtilityLparMaintenance()));

		newChildDescriptors.add
			(createChildParameter
				(SsiplanPackage.Literals.INSTALLATION__SCENARIOS,
				 SsiplanFactory.eINSTANCE.createProcessorMigration()));

		newChildDescriptors.add
			(createChildParameter
				(SsiplanPackage.Literals.INSTALLATION__SCENARIOS,
				 SsiplanFactory.eINSTANCE.createDisasterRecovery()));

		newChildDescriptors.add
			(createChildParameter
				(SsiplanPackage.Literals.INSTALLATION__SCENARIOS,
				 SsiplanFactory.eINSTANCE.createMemberFailure()));

		newChildDescriptors.add
			(createChildParameter
				(SsiplanPackage.Literals.INSTALLATION__SCENARIOS,
				 SsiplanFactory.eINSTANCE.createRebalance()));

		newChildDescriptors.add
			(createChildParameter
				(SsiplanPackage.Literals.INSTALLATION__SCENARIOS,
				 SsiplanFactory.eINSTANCE.createOperatorScript()));
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return SsiplanEditPlugin.INSTANCE;
	}

}
